using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Diagnostics;

namespace Generator.Model;

/// <summary>
/// Resolves the menus of site.yml to links in each language; an unknown target is an error at the
/// entry. A site that declares no <c>main</c> menu gets one: its sections' lists, in the order of
/// their types in the content model, then by name, and its knowledge map when it has one. A map
/// whose title site.yml does not give has an empty label here: the render takes its UI string.
/// </summary>
public sealed class MenuResolver(SiteConfig config)
{
    public ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<MenuLink>>> Resolve(SiteModel model, DiagnosticBag diagnostics)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, ImmutableArray<MenuLink>>>(StringComparer.Ordinal);
        foreach (var language in config.Languages.Select(l => l.Code))
        {
            var menus = ImmutableDictionary.CreateBuilder<string, ImmutableArray<MenuLink>>(StringComparer.Ordinal);
            foreach (var (name, items) in config.Menus)
            {
                menus[name] = [.. items.Select(item => Resolve(item, language, model, diagnostics)).OfType<MenuLink>()];
            }

            if (!menus.ContainsKey(MainMenu))
            {
                menus[MainMenu] = [.. model.Pages.Where(p => p.Kind == PageKind.Section && p.ParentSection is null && p.Language == language)
                    .OrderBy(p => config.Model.Order(config.TypeOf(p.Section))).ThenBy(p => p.Section, StringComparer.Ordinal)
                    .Select(list => new MenuLink(list.Title, list.Url, list.Key))
                    .Concat(model.Find(SiteKeys.Map, language) is { } map ? [new MenuLink(map.Title, map.Url, map.Key)] : [])];
            }

            result[language] = menus.ToImmutable();
        }

        return result.ToImmutable();
    }

    public const string MainMenu = "main";

    private static MenuLink? Resolve(MenuItemConfig item, string language, SiteModel model, DiagnosticBag diagnostics)
    {
        if (item.Url is { } url)
        {
            var label = item.Labels.GetValueOrDefault(language) ?? item.Labels.Values.FirstOrDefault() ?? url;
            return new MenuLink(label, url, null);
        }

        var key = item.Map ? SiteKeys.Map : item.Page ?? SiteKeys.Section(item.Section!);
        if (model.Find(key, language) is { } page)
        {
            return new MenuLink(item.Labels.GetValueOrDefault(language) ?? page.Title, page.Url, key);
        }

        if (model.Translations(key).IsEmpty)
        {
            // Report once, not once per language.
            if (item.Map)
            {
                diagnostics.Error(DiagnosticCodes.UnknownMenuTarget, item.Where, "menu entry names the knowledge map, which this site does not make",
                    "the map is made when the content uses a relation site.yml declares, unless 'map: false' turns it off; remove the entry otherwise");
                return null;
            }

            var what = item.Page is not null ? $"page '{item.Page}'" : $"section '{item.Section}'";
            diagnostics.Error(DiagnosticCodes.UnknownMenuTarget, item.Where, $"menu entry names {what}, which does not exist",
                "name a page by its path under input/content without language suffix and '.md', e.g. 'working-group'");
        }

        return null;
    }
}
