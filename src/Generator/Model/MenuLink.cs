namespace Generator.Model;

/// <summary>A resolved menu entry in one language; <see cref="Key"/> is the target page's translation key, if internal.</summary>
public sealed record MenuLink(string Label, string Url, string? Key);
