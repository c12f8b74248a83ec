using System.Collections.Immutable;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// The choices behind one valid document: its section (empty for a page at the content root),
/// file name, the languages it is written in, and what its front matter and body hold. Links and
/// relations name other documents by their index, modulo the number of documents.
/// </summary>
public sealed record DocumentBlueprint(
    string Section,
    string Name,
    ImmutableArray<bool> Translated,
    int DateDays,
    bool HasDate,
    int TagMask,
    ImmutableArray<int> Links,
    ImmutableArray<int> Relations,
    bool Draft)
{
    public string Id => Section.Length == 0 ? Name : Section + "/" + Name;
}
