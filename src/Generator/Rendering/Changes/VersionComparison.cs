using System.Collections.Immutable;

namespace Generator.Rendering.Changes;

/// <summary>
/// What changed between two versions of a document: the newer version's text with the words
/// inserted in <c>&lt;ins&gt;</c> and deleted in <c>&lt;del&gt;</c> (well-formed HTML, blocks and
/// headings kept, see <see cref="VersionComparer"/>), the sections with a change in document
/// order, and how many words were inserted and deleted.
/// </summary>
public sealed record VersionComparison(string Html, ImmutableArray<ChangedSection> Sections, int WordsInserted, int WordsDeleted, bool HasChanges)
{
    public bool Equals(VersionComparison? other) =>
        other is not null && Html == other.Html && Sections.SequenceEqual(other.Sections)
        && WordsInserted == other.WordsInserted && WordsDeleted == other.WordsDeleted && HasChanges == other.HasChanges;

    public override int GetHashCode() => HashCode.Combine(Html, Sections.Length, WordsInserted, WordsDeleted);
}
