using System.Collections.Immutable;

namespace Generator.Tests.Fuzzing;

/// <summary>The choices behind one valid site: languages (the first is the default), sections, documents and settings.</summary>
public sealed record SiteBlueprint(
    ImmutableArray<string> Languages,
    ImmutableArray<string> Sections,
    ImmutableArray<DocumentBlueprint> Documents,
    int PageSize,
    string BaseUrl,
    bool FallbackToAll,
    bool RichTheme);
