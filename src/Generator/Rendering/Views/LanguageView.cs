namespace Generator.Rendering.Views;

/// <summary>A site language as templates see it; <see cref="Url"/> is its home page.</summary>
public sealed record LanguageView(string Code, string Name, string Culture, string Url, bool IsDefault);
