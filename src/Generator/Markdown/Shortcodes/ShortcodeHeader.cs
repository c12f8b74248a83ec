using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Markdown.Shortcodes;

/// <summary>
/// Reads what a shortcode template declares in the Scriban comment it starts with:
/// <code>
/// {{##
/// params:
///   src: required
///   alt: required
///   caption: optional
/// inner: none            # none, optional or required
/// ##}}
/// </code>
/// A template without it takes any parameter and inner text or none. A header that cannot be
/// read is reported at its place in the template (GEN028) and the shortcode left out.
/// </summary>
public static class ShortcodeHeader
{
    private const string Invalid = DiagnosticCodes.ShortcodeDefinitionInvalid;
    private const string Open = "{{##";
    private const string Close = "##}}";

    public static ShortcodeDefinition? Read(string name, string text, string file, DiagnosticBag diagnostics)
    {
        var trimmed = text.TrimStart('\uFEFF');
        var lead = text.Length - trimmed.TrimStart().Length;
        if (!trimmed.TrimStart().StartsWith(Open, StringComparison.Ordinal))
        {
            return new ShortcodeDefinition(name, [], ShortcodeInner.Optional, new SourceRef(file)) { Declared = false };
        }

        var start = lead + Open.Length;
        var end = text.IndexOf(Close, start, StringComparison.Ordinal);
        if (end < 0)
        {
            diagnostics.Error(Invalid, new SourceRef(file).At(1, 1), "the shortcode's header is never closed", "end it with ##}} on a line of its own");
            return null;
        }

        var firstLine = text.AsSpan(0, start).Count('\n');
        var yaml = new YamlSource(file, firstLine, diagnostics);
        var root = yaml.Load(text[start..end], Invalid, out var malformed);
        if (root is null)
        {
            return malformed ? null : new ShortcodeDefinition(name, [], ShortcodeInner.None, new SourceRef(file));
        }

        if (yaml.Mapping(root, Invalid) is not { } map)
        {
            return null;
        }

        var parameters = ImmutableArray.CreateBuilder<ShortcodeParameter>();
        var inner = ShortcodeInner.None;
        var block = false;
        var ok = true;
        foreach (var (keyNode, value) in map.Children)
        {
            switch ((keyNode as YamlScalarNode)?.Value)
            {
                case "params" when yaml.Mapping(value, Invalid) is { } declared:
                    foreach (var (parameterNode, requirement) in declared.Children)
                    {
                        var parameter = (parameterNode as YamlScalarNode)?.Value ?? string.Empty;
                        if (Parameter(parameter, requirement, yaml, diagnostics) is { } read)
                        {
                            parameters.Add(read);
                        }
                        else
                        {
                            ok = false;
                        }
                    }

                    break;
                case "inner":
                    switch (yaml.String(value, Invalid))
                    {
                        case "none": inner = ShortcodeInner.None; break;
                        case "optional": inner = ShortcodeInner.Optional; break;
                        case "required": inner = ShortcodeInner.Required; break;
                        default:
                            diagnostics.Error(Invalid, yaml.At(value), "'inner' must be 'none', 'optional' or 'required'", "write e.g. 'inner: required' for a shortcode that wraps text");
                            ok = false;
                            break;
                    }

                    break;
                case "description":
                    break;
                case "block":
                    block = yaml.Bool(value, Invalid) ?? false;
                    break;
                case var other:
                    diagnostics.Warning(Invalid, yaml.At(keyNode), $"unknown setting '{DiagnosticText.Quote(other ?? string.Empty)}' in the shortcode's header is ignored", "known settings: params, inner, block, description");
                    break;
            }
        }

        return ok ? new ShortcodeDefinition(name, parameters.ToImmutable(), inner, new SourceRef(file)) { Block = block } : null;
    }

    /// <summary>A parameter written <c>alt: required</c>, <c>caption: optional</c> or <c>type: { required: false, values: [note, warning] }</c>.</summary>
    private static ShortcodeParameter? Parameter(string name, YamlNode requirement, YamlSource yaml, DiagnosticBag diagnostics)
    {
        if (requirement is YamlMappingNode settings)
        {
            var required = settings.Children.TryGetValue(new YamlScalarNode("required"), out var requiredNode) && yaml.Bool(requiredNode, Invalid) == true;
            var values = settings.Children.TryGetValue(new YamlScalarNode("values"), out var valuesNode) ? yaml.StringList(valuesNode, Invalid).Select(v => v.Value).ToImmutableArray() : [];
            return new ShortcodeParameter(name, required) { Values = values };
        }

        switch (yaml.String(requirement, Invalid))
        {
            case "required":
                return new ShortcodeParameter(name, Required: true);
            case "optional":
                return new ShortcodeParameter(name, Required: false);
            default:
                diagnostics.Error(Invalid, yaml.At(requirement), $"parameter '{DiagnosticText.Quote(name)}' must be 'required' or 'optional'", "write e.g. 'alt: required', or 'type: { values: [note, warning] }'");
                return null;
        }
    }
}
