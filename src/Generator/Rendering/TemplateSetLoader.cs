using System.Collections.Immutable;
using Generator.Content;
using Generator.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace Generator.Rendering;

/// <summary>Parses every layout once; syntax errors are reported at their file, line and column.</summary>
public sealed class TemplateSetLoader
{
    public TemplateSet Load(IEnumerable<SourceFile> layouts, DiagnosticBag diagnostics)
    {
        var templates = ImmutableSortedDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        var broken = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var hashes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var file in layouts)
        {
            hashes[file.RelativePath] = file.Hash;
            var text = TextDecoder.Decode(file.Bytes);
            if (text is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceRef(file.DisplayPath), "template is not valid UTF-8");
                broken.Add(file.RelativePath);
                continue;
            }

            var template = Template.Parse(text, file.DisplayPath);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    diagnostics.Add(TemplateDiagnostics.At(message.Span, DiagnosticCodes.TemplateSyntax, message.Message, file.DisplayPath, text: text));
                }

                broken.Add(file.RelativePath);
                continue;
            }

            templates[file.RelativePath] = template;
        }

        return new TemplateSet(templates.ToImmutable(), broken.ToImmutable(), hashes.ToImmutable());
    }
}
