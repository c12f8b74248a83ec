using Scriban.Runtime;

namespace Generator.Rendering.Views;

/// <summary>The site as templates see it, in the language being rendered.</summary>
public sealed record SiteView(
    string Title,
    string Lang,
    LanguageView Language,
    IReadOnlyList<LanguageView> Languages,
    string DefaultLanguage,
    string BaseUrl,
    string HomeUrl,
    ScriptObject Menus,
    DateTimeOffset Today);
