using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Generator.Model;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// A hash of everything a page's HTML depends on: the views the templates see, the layouts
/// (the page's own, the base and every partial), the UI strings and settings of its language,
/// today's date, the published names of the theme's assets, and every page's key, URL and title (what <c>relref</c> and <c>get_page</c>
/// read). Equal fingerprints give equal HTML, so the page need not be rendered again.
/// </summary>
public sealed class RenderFingerprint
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly string _site;
    private readonly IReadOnlyDictionary<string, string> _languages;
    private readonly TemplateSet _templates;
    private readonly string _partials;

    public RenderFingerprint(SiteModel model, TemplateSet templates, UiStrings strings, DateTimeOffset today, AssetManifest assets)
    {
        _templates = templates;
        _partials = string.Join(',', templates.Hashes.Where(h => h.Key.StartsWith("partials/", StringComparison.Ordinal)).Select(h => h.Value));
        var pages = new StringBuilder();
        pages.Append(today.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append(model.Config.BaseUrl).Append('\n').Append(assets.Fingerprint);
        foreach (var page in model.Pages) pages.Append('\n').Append(page.Key).Append('|').Append(page.Language).Append('|').Append(page.Url).Append('|').Append(page.Title);
        _site = Hash(pages.ToString());
        _languages = model.Config.Languages.ToDictionary(
            l => l.Code,
            l => Hash($"{l.Code}|{l.Culture.Name}|{l.DateFormat}|{l.MonthFormat}|{l.Title}|{l.NativeName}\n{strings.Fingerprint(l.Code)}"));
    }

    public string Of(PageEntry page, string layout, SiteView site, PageView view) =>
        Hash(string.Join('\n',
            _site,
            _languages[page.Language],
            layout,
            _templates.Hashes.GetValueOrDefault(layout, string.Empty),
            _templates.Hashes.GetValueOrDefault(LayoutResolver.Base, string.Empty),
            _partials,
            JsonSerializer.Serialize(site, Json),
            JsonSerializer.Serialize(view, Json)));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
