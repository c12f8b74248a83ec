using Generator.Configuration.Schema;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>
/// Tells which key a front-matter key is, as Hugo reads keys: whatever the case of its letters A
/// to Z (<c>Title</c> is <c>title</c>, <c>EndDate</c> the declared <c>endDate</c>), and Hugo's
/// <c>description</c> and <c>lastmod</c> as <c>summary</c> and <c>updated</c> (unless the site
/// declares a key of that name). Unknown keys stay as written.
/// </summary>
public sealed class FrontMatterKeyMatcher
{
    /// <summary>The known keys (the generator's, taxonomies, fields, relations, synonyms) by their folded form; the first named wins.</summary>
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, string> _synonyms;

    public FrontMatterKeyMatcher(ContentModel model)
    {
        _synonyms = FrontMatterKeys.SynonymsIn(model);
        var keys = FrontMatterKeys.All.Concat(model.Taxonomies.Select(t => t.Name)).Concat(model.FieldNames).Concat(model.RelationKeys).Concat(_synonyms.Keys);
        foreach (var key in keys)
        {
            _known.TryAdd(FrontMatterKeys.Fold(key), key);
        }
    }

    /// <summary>The key as the generator names it: a known key in any case of its letters (a synonym as the key it stands for), else as written.</summary>
    public string Canonical(string written)
    {
        var key = _known.GetValueOrDefault(FrontMatterKeys.Fold(written), written);
        return _synonyms.GetValueOrDefault(key, key);
    }

    /// <summary>
    /// A key given a second time: in another case (<c>Title</c> after <c>title</c>), an error, as
    /// YAML's own duplicate keys are; by its synonym (<c>description</c> after <c>summary</c>), a
    /// warning. Either way the first one is read.
    /// </summary>
    public static void Twice(string writtenKey, string key, (string Key, SourceRef Where) first, SourceRef where, DiagnosticBag diagnostics)
    {
        var line = first.Where.Position.Line;
        if (FrontMatterKeys.Fold(writtenKey) == FrontMatterKeys.Fold(first.Key))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterSyntax, where,
                $"'{DiagnosticText.Quote(writtenKey)}' is '{DiagnosticText.Quote(first.Key)}' again (line {line}): keys are read whatever the case of their letters",
                "keep one of them: the generator cannot tell which one is meant");
            return;
        }

        diagnostics.Warning(DiagnosticCodes.FrontMatterSyntax, where,
            $"'{DiagnosticText.Quote(first.Key)}' on line {line} and '{DiagnosticText.Quote(writtenKey)}' here are one key, '{key}'; the first one is read",
            $"keep one of them: Hugo's '{FrontMatterKeys.Synonyms.Keys.FirstOrDefault(s => FrontMatterKeys.Fold(s) == FrontMatterKeys.Fold(writtenKey) || FrontMatterKeys.Fold(s) == FrontMatterKeys.Fold(first.Key)) ?? writtenKey}' is the generator's '{key}'");
    }
}
