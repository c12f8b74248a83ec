using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Markdown.Shortcodes;

namespace Generator.Content;

/// <summary>The shortcodes a site can call, from their templates' declarations (see <see cref="ShortcodeHeader"/>).</summary>
public sealed class ShortcodeSetReader
{
    public ShortcodeSet Read(IEnumerable<SourceFile> templates, DiagnosticBag diagnostics)
    {
        var definitions = ImmutableDictionary.CreateBuilder<string, ShortcodeDefinition>(StringComparer.Ordinal);
        var broken = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var file in templates)
        {
            var name = Path.GetFileNameWithoutExtension(file.RelativePath);
            if (TextDecoder.Decode(file.Bytes) is not { } text)
            {
                continue; // reported with the templates, which read the same file
            }

            if (ShortcodeHeader.Read(name, text, file.DisplayPath, diagnostics) is { } definition)
            {
                definitions[name] = definition;
            }
            else
            {
                broken[name] = file.DisplayPath;
            }
        }

        return new ShortcodeSet(definitions.ToImmutable(), broken.ToImmutable());
    }
}
