using System.Collections.Immutable;

namespace Generator.Authoring;

/// <summary>
/// One document (a translation group) by language: which language is its source, the source's
/// content hash now (what <c>translations --review</c> records), and every language's cell.
/// </summary>
public sealed record TranslationRow(string Key, string SourceLanguage, string SourceHash, ImmutableDictionary<string, TranslationCell> Cells)
{
    /// <summary>The source's file.</summary>
    public string SourceFile => Cells[SourceLanguage].File;
}
