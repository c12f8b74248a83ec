using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Model;
using Generator.Markdown;

namespace Generator.Linking;

/// <summary>Resolves one reference (a relation value, a wikilink, a link to a source file) and reports why it cannot be.</summary>
public sealed class ReferenceResolver(EntityIndex index, SiteConfig config)
{
    /// <summary>A relation's value, resolved against the types the relation may name (any page when it names none).</summary>
    public TranslationGroup? Relation(string key, string value, SourceRef where, string sourceType, DiagnosticBag diagnostics)
    {
        var model = config.Model;
        var relation = model.TypeOrPlain(sourceType).Relation(key) ?? model.AnyRelation(key);
        IReadOnlyList<string>? types = relation is { AnyTarget: false } ? relation.Targets : null;
        var found = Find(value, where, types, $"'{key}'", diagnostics);
        if (found is null || types is null || types.Contains(found.Type))
        {
            return found;
        }

        var expected = string.Join(" or ", types.Select(t => model.TypeOrPlain(t).Noun));
        var suggestion = index.Suggest(value, types) is { } close && close != EntityIndex.Normalize(value) ? close : null;
        var home = model.TypeOrPlain(sourceType).Relations.FirstOrDefault(r => r.Targets is [var only] && only == found.Type)?.Key;
        var hint = suggestion is not null ? $"did you mean '{suggestion}'?"
            : home is not null ? $"list it under '{home}' instead, or name {Article(expected)}"
            : $"name {Article(expected)}";
        diagnostics.Error(DiagnosticCodes.WrongRelationKind, where,
            $"'{value}' in '{key}' is {Article(model.TypeOrPlain(found.Type).Noun)}, not {Article(expected)}", hint);
        return null;
    }

    public ResolvedLink? WikiLink(BodyLink link, ParsedDocument document, DiagnosticBag diagnostics)
    {
        var target = Find(link.Target, new SourceRef(document.File, link.Position), null, "wikilink", diagnostics);
        return target is null ? null : new ResolvedLink(target, link.Anchor, link.Label);
    }

    /// <summary>
    /// A Markdown link to another source file (<c>../projects/values.md</c>, with or without a
    /// language suffix, optionally with <c>#anchor</c>); other links are not the generator's business.
    /// </summary>
    public ResolvedLink? FileLink(BodyLink link, ParsedDocument document, DiagnosticBag diagnostics)
    {
        if (FileLinkSyntax.Parse(link.Target) is not var (path, anchor))
        {
            return null;
        }

        var id = ResolvePath(document.Path.RelativePath, Uri.UnescapeDataString(path[..^3]));
        var where = new SourceRef(document.File, link.Position);
        var target = id is null ? null : index.Find(id) is { Group: { } group } ? group : null;
        if (target is null)
        {
            diagnostics.Error(DiagnosticCodes.BrokenFileLink, where, $"link to '{path}', which is not a content file",
                "link to a file under input/content by its path relative to this file, e.g. ../projects/values.md");
            return null;
        }

        return new ResolvedLink(target, anchor, null);
    }

    private TranslationGroup? Find(string reference, SourceRef where, IReadOnlyList<string>? types, string what, DiagnosticBag diagnostics)
    {
        var lookup = index.Find(reference);
        if (lookup.Group is { } group)
        {
            return group;
        }

        if (lookup.IsAmbiguous)
        {
            var candidates = lookup.Candidates.Where(c => types is null || types.Contains(c.Type)).ToArray();
            if (candidates.Length == 1)
            {
                return candidates[0];
            }

            diagnostics.Error(DiagnosticCodes.AmbiguousReference, where, $"'{reference}' in {what} names more than one page: "
                + string.Join(", ", lookup.Candidates.Select(c => c.Key)), "write the full id, section and slug, e.g. " + lookup.Candidates[0].Key);
            return null;
        }

        if (index.Renamed(reference) is { } renamed)
        {
            diagnostics.Warning(DiagnosticCodes.FormerId, where, $"'{reference}' in {what} is the former id of '{renamed.Key}', which an alias keeps at its old address",
                $"write '{renamed.Key}' instead");
            return renamed;
        }

        if (index.WhyUnpublished(reference) is { } excluded)
        {
            diagnostics.Error(DiagnosticCodes.UnpublishedReference, where, $"'{reference}' in {what} is {excluded.Reason}", excluded.Hint);
            return null;
        }

        var suggestion = index.Suggest(reference, types);
        var kind = types is null ? "page" : string.Join(" or ", types.Select(t => config.Model.TypeOrPlain(t).Noun));
        diagnostics.Error(DiagnosticCodes.UnknownReference, where, $"unknown {kind} '{reference}' in {what}",
            suggestion is null ? "name a page by its id: its section and file name without language suffix, e.g. projects/values" : $"did you mean '{suggestion}'?");
        return null;
    }

    /// <summary>A noun with its indefinite article ("a city", "an event").</summary>
    private static string Article(string noun) => ("aeiou".Contains(noun[0]) ? "an " : "a ") + noun;

    /// <summary>Joins a relative link to the linking file's folder and drops a language folder and a language suffix.</summary>
    private string? ResolvePath(string fromRelativePath, string linkPath)
    {
        var parts = fromRelativePath.Split('/').SkipLast(1).ToList();
        foreach (var part in linkPath.Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    parts.Add(part);
                    continue;
            }
        }

        var id = string.Join('/', parts);
        if (ContentPath.LanguageFolderOf(id, config) is { } folder)
        {
            id = id[(folder.Length + 1)..];
        }

        var dot = id.LastIndexOf('.');
        return dot > id.LastIndexOf('/') && config.HasLanguage(id[(dot + 1)..]) ? id[..dot] : id;
    }
}
