using Generator.Diagnostics;

namespace Generator.Model;

/// <summary>An old URL that redirects to a page.</summary>
public sealed record AliasEntry(string Url, PageEntry Target, SourceRef Where);
