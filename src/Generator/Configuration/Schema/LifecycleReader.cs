using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Configuration.Schema;

/// <summary>
/// Reads site.yml's <c>lifecycles:</c>: per lifecycle its <c>field</c> (<c>status</c> unless
/// given) and its <c>statuses</c> in order, each a name or a mapping of <c>name</c>, <c>date</c>,
/// <c>publish</c>, <c>successor</c>, <c>consultation</c> and <c>notice</c>. Every mistake is
/// reported at its place in site.yml.
/// </summary>
internal sealed class LifecycleReader(YamlSource yaml, ConfigReader reader)
{
    private const string Invalid = DiagnosticCodes.ModelInvalid;
    private static readonly string[] LifecycleKeys = ["field", "statuses"];
    private static readonly string[] StatusKeys = ["name", "date", "publish", "successor", "consultation", "notice"];

    public ImmutableDictionary<string, LifecycleDefinition> Read(YamlMappingNode root)
    {
        var result = ImmutableDictionary.CreateBuilder<string, LifecycleDefinition>(StringComparer.Ordinal);
        if (ConfigReader.Child(root, "lifecycles") is not { } node || yaml.Mapping(node, Invalid) is not { } map)
        {
            return result.ToImmutable();
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (yaml.Mapping(value, Invalid) is not { } settings)
            {
                continue;
            }

            reader.WarnUnknown(settings, LifecycleKeys, $"lifecycle '{name}'", Invalid);
            var statuses = ConfigReader.Child(settings, "statuses") is { } statusesNode ? Statuses(statusesNode) : [];
            if (statuses.IsEmpty)
            {
                yaml.Diagnostics.Error(Invalid, yaml.At(keyNode), $"the lifecycle '{name}' has no statuses",
                    "list them in order: statuses: [draft, { name: adopted, date: adopted }]");
                continue;
            }

            result[name] = new LifecycleDefinition(name, reader.Text(settings, "field") ?? Content.FrontMatterKeys.Status, statuses, yaml.At(keyNode));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<StatusDefinition> Statuses(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            yaml.Diagnostics.Error(Invalid, yaml.At(node), "'statuses' must be a list", "list the statuses in order: [draft, adopted]");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<StatusDefinition>();
        foreach (var item in sequence.Children)
        {
            if (Status(item) is not { } status)
            {
                continue;
            }

            if (result.Any(s => s.Name == status.Name))
            {
                yaml.Diagnostics.Error(Invalid, status.Where, $"the status '{status.Name}' is listed twice", "keep one of them");
                continue;
            }

            result.Add(status);
        }

        return result.ToImmutable();
    }

    private StatusDefinition? Status(YamlNode item)
    {
        if (item is YamlScalarNode { Value: { Length: > 0 } plain })
        {
            return new StatusDefinition(plain, null, true, false, false, false, yaml.At(item));
        }

        if (yaml.Mapping(item, Invalid) is not { } settings)
        {
            return null;
        }

        reader.WarnUnknown(settings, StatusKeys, "a status", Invalid);
        if (reader.Text(settings, "name") is not { Length: > 0 } name)
        {
            yaml.Diagnostics.Error(Invalid, yaml.At(item), "a status has no name", "write { name: adopted, date: adopted }");
            return null;
        }

        var successor = reader.Bool(settings, "successor") ?? false;
        return new StatusDefinition(name, reader.Text(settings, "date"), reader.Bool(settings, "publish") ?? true, successor,
            reader.Bool(settings, "consultation") ?? false, reader.Bool(settings, "notice") ?? successor, yaml.At(item));
    }
}
