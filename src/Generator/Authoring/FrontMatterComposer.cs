using System.Globalization;
using System.Text;
using Generator.Configuration.Schema;
using Generator.Content;

namespace Generator.Authoring;

/// <summary>
/// The front matter <c>new</c> writes for a page type, keys in a fixed order: <c>title</c>,
/// <c>date</c> (documents and calendar types), <c>draft: true</c> and the placeholder
/// <c>summary</c>; then every field the type declares, in declaration order, with its default (an
/// enum without one shows its first value); then every relation as an empty list. A comment
/// says what each field and relation takes; a required field without a default is left empty
/// with a TODO, so <c>check</c> reports it (GEN064) until it is filled in.
/// </summary>
public static class FrontMatterComposer
{
    public const string RequiredMarker = "TODO (required): ";

    public static string Compose(TypeDefinition type, string title, DateTimeOffset today, IReadOnlyList<TaxonomyDefinition>? taxonomies = null)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(YamlText.Quoted(title)).Append('\n');
        if (type.Kind == TypeKind.Document || type.Calendar)
        {
            text.Append("date: ").Append(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append("draft: true\n");
        text.Append("summary: ").Append(YamlText.Quoted(SummaryPlaceholder.Text)).Append('\n');
        text.Append(Fields(type, taxonomies));
        return text.Append("---\n\n").ToString();
    }

    /// <summary>The lines of the type's fields, relations and the site's taxonomies, comments aligned (empty when there are none).</summary>
    public static string Fields(TypeDefinition type, IReadOnlyList<TaxonomyDefinition>? taxonomies = null)
    {
        // A lifecycle's dates, period and version are written when the document reaches them; a new one has its status.
        var later = type.Lifecycle?.Fields().Select(f => f.Name).Where(n => n != type.Lifecycle.Field).Append(Configuration.Schema.LifecycleDefinition.SupersededByKey).ToHashSet(StringComparer.Ordinal) ?? [];
        var lines = type.Fields.Where(f => !later.Contains(f.Name)).Select(f => (Line: f.Name + ":" + Value(f), Comment: Comment(f)))
            .Concat(type.Relations.Where(r => type.Field(r.Key) is null && !later.Contains(r.Key)).Select(r => (Line: r.Key + ": []", Comment: "ids of " + Targets(r.Targets) + " pages")))
            .Concat((taxonomies ?? []).Where(t => type.Field(t.Name) is null && type.Relation(t.Name) is null).Select(t => (Line: t.Name + ": []", Comment: "terms, e.g. [housing, youth]")))
            .ToList();
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        var column = lines.Max(l => l.Line.Length) + 2;
        return string.Concat(lines.Select(l => l.Line.PadRight(column) + "# " + l.Comment + "\n"));
    }

    /// <summary>The value after the key, with its leading space; nothing for a field left empty.</summary>
    private static string Value(FieldDefinition field) => field switch
    {
        { Default: { } value, Type: FieldType.List } => " [" + YamlText.Plain(value) + "]",
        { Default: { } value, Type: FieldType.Text or FieldType.Url or FieldType.Reference or FieldType.Enum } => " " + YamlText.Plain(value),
        { Default: { } value } => " " + value,
        { Type: FieldType.Enum, Required: false } => " " + YamlText.Plain(field.Values[0]),
        { Type: FieldType.List } => " []",
        _ => string.Empty,
    };

    private static string Comment(FieldDefinition field)
    {
        var what = field.Type switch
        {
            FieldType.Date => "a date, YYYY-MM-DD",
            FieldType.Number => "a number",
            FieldType.Bool => "true or false",
            FieldType.List => "a list of texts",
            FieldType.Enum => "one of " + string.Join(", ", field.Values),
            FieldType.Url => "a URL: https://... or /path",
            FieldType.Reference => "the id of " + (field.Targets.IsEmpty ? "any" : "a " + Targets(field.Targets)) + " page",
            _ => "text",
        };
        return field.Required && field.Default is null ? RequiredMarker + what : what;
    }

    /// <summary>The target types, as a phrase: <c>topic</c>, <c>guideline, statement or news</c>, <c>any</c>.</summary>
    private static string Targets(IReadOnlyList<string> targets) => targets.Count switch
    {
        0 => "any",
        1 => targets[0],
        _ => string.Join(", ", targets.Take(targets.Count - 1)) + " or " + targets[^1],
    };
}
