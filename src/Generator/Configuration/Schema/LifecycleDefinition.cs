using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Configuration.Schema;

/// <summary>
/// A lifecycle that document types share (site.yml's <c>lifecycles:</c>): the statuses a
/// document goes through, in order, and the front-matter keys it is written with. A type with a
/// lifecycle is a policy document: it has the status field (an enum of the statuses), a date
/// field per status that carries one, the consultation's opening and closing dates, the
/// <see cref="SupersedesKey"/> and <see cref="SupersededByKey"/> relations, and versions.
/// </summary>
public sealed record LifecycleDefinition(string Name, string Field, ImmutableArray<StatusDefinition> Statuses, SourceRef Where)
{
    /// <summary>The relation naming the documents this one replaces.</summary>
    public const string SupersedesKey = "supersedes";

    /// <summary>The relation naming the document that replaces this one.</summary>
    public const string SupersededByKey = "supersededBy";

    /// <summary>The front-matter key of the day a consultation opens.</summary>
    public const string OpensKey = "opens";

    /// <summary>The front-matter key of the last day of a consultation.</summary>
    public const string ClosesKey = "closes";

    /// <summary>The front-matter key of a document's version number.</summary>
    public const string VersionKey = "version";

    /// <summary>The front-matter key of what a version changed.</summary>
    public const string ChangesKey = "changes";

    public StatusDefinition? Status(string? name) => name is null ? null : Statuses.FirstOrDefault(s => s.Name == name);

    /// <summary>Whether a status of this lifecycle is a consultation (documents then carry <see cref="OpensKey"/> and <see cref="ClosesKey"/>).</summary>
    public bool HasConsultation => Statuses.Any(s => s.Consultation);

    /// <summary>The fields the lifecycle gives its types: the status, each status's date, the consultation's period, the version.</summary>
    public IEnumerable<FieldDefinition> Fields()
    {
        yield return new FieldDefinition(Field, FieldType.Enum, [.. Statuses.Select(s => s.Name)], [], false, null, Where);
        foreach (var date in Statuses.Select(s => s.DateField).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            yield return new FieldDefinition(date, FieldType.Date, [], [], false, null, Where);
        }

        if (HasConsultation)
        {
            yield return new FieldDefinition(OpensKey, FieldType.Date, [], [], false, null, Where);
            yield return new FieldDefinition(ClosesKey, FieldType.Date, [], [], false, null, Where);
        }

        yield return new FieldDefinition(VersionKey, FieldType.Number, [], [], false, null, Where);
        yield return new FieldDefinition(ChangesKey, FieldType.Text, [], [], false, null, Where);
    }
}
