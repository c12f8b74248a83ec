using System.Collections.Immutable;

namespace Generator.Model;

/// <summary>The versions of one document (by its key), in every language, newest first.</summary>
public sealed record VersionHistory(string Key, ImmutableArray<DocumentVersion> Versions)
{
    /// <summary>The versions in a language, newest first.</summary>
    public IEnumerable<DocumentVersion> In(string language) => Versions.Where(v => v.Language == language);

    /// <summary>The version before <paramref name="version"/> in its language, or null for the first.</summary>
    public DocumentVersion? Previous(DocumentVersion version) =>
        In(version.Language).FirstOrDefault(v => v.Number < version.Number);

    public DocumentVersion? Find(int number, string language) => Versions.FirstOrDefault(v => v.Number == number && v.Language == language);

    /// <summary>The current version's number (the highest).</summary>
    public int Current => Versions.Max(v => v.Number);
}
