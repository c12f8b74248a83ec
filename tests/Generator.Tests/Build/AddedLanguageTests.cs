using System.Text;
using Generator.Diagnostics;
using Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Build;

/// <summary>
/// A site adds a language with configuration and content only: the language in site.yml, its
/// UI strings in input/i18n/{lang}.yml when the theme does not ship them, and its pages. Built on a
/// copy of the real site and theme; each added language gets one translated event, so its dates,
/// strings and fallback pages can be read.
/// </summary>
public sealed class AddedLanguageTests
{
    private const string Event = "events/toulouse-2019";

    [Fact]
    public void German_needs_site_yml_content_and_the_sites_own_strings_the_theme_ships_the_rest()
    {
        using var site = RealSiteCopy("  de: { name: Deutsch, culture: de-DE, dateFormat: d. MMMM yyyy, title: Migration und Integration }", "de");
        File.Copy(Path.Combine(Repo.Fixtures, "real-site-de.yml"), site.Combine("input", "i18n", "de.yml"));
        site.Write($"input/content/{Event}.de.md", "---\ntitle: Sitzung der Arbeitsgruppe in Toulouse\ndate: 2019-03-09\nendDate: 2019-03-10\nlocation: Toulouse\n---\nDie Arbeitsgruppe trifft sich in Toulouse.\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, TestBuild.Describe(result));
        var page = Read(site, "de/events/toulouse-2019/index.html");
        Assert.Contains("<html lang=\"de\">", page);
        Assert.Contains("<time datetime=\"2019-03-09\">9.</time>–<time datetime=\"2019-03-10\">10. März 2019</time>", page);
        Assert.Contains("Zum Hauptinhalt springen", page);
        Assert.Contains("<dt>Wann</dt>", page);

        // A document not yet in German: its fallback page says so in German.
        Assert.Contains("Diese Seite wurde noch nicht ins Deutsche übersetzt.", Read(site, "de/events/antwerp-2019/index.html"));
    }

    [Fact]
    public void A_language_the_theme_lacks_needs_only_site_yml_its_strings_in_input_i18n_and_content()
    {
        using var site = RealSiteCopy("  es: { name: Español, culture: es-ES, dateFormat: \"d 'de' MMMM 'de' yyyy\", title: Migración e integración }", "es");
        site.Write($"input/content/{Event}.es.md", "---\ntitle: Reunión del grupo de trabajo en Toulouse\ndate: 2019-04-09\nlocation: Toulouse\n---\nEl grupo de trabajo se reúne en Toulouse.\n");
        var spanish = new Dictionary<string, string>
        {
            ["a11y.skip"] = "Saltar al contenido principal",
            ["event.when"] = "Cuándo",
            ["fallback.notice"] = "Esta página aún no se ha traducido al español. Se muestra en su idioma original.",
        };
        site.Write("input/i18n/es.yml", Strings(EnglishStrings().ToDictionary(p => p.Key, p => spanish.GetValueOrDefault(p.Key, "[es] " + p.Value))));

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, TestBuild.Describe(result));
        var page = Read(site, "es/events/toulouse-2019/index.html");
        Assert.Contains("<html lang=\"es\">", page);
        Assert.Contains(">9 de abril de 2019</time>", page);
        Assert.Contains("Saltar al contenido principal", page);
        Assert.Contains("<dt>Cuándo</dt>", page);
        Assert.Contains("[es] Where", page);
        Assert.Contains("Esta página aún no se ha traducido al español.", Read(site, "es/events/antwerp-2019/index.html"));

        // The theme's languages are as they were.
        Assert.Contains("Skip to main content", Read(site, "en/events/toulouse-2019/index.html"));
    }

    [Fact]
    public void A_language_without_strings_anywhere_shows_the_default_texts_with_one_warning_at_the_site_file_to_add()
    {
        using var site = RealSiteCopy("  it: { name: Italiano, culture: it-IT, title: Migrazione e integrazione }", "it");
        site.Write($"input/content/{Event}.it.md", "---\ntitle: Riunione del gruppo di lavoro a Tolosa\ndate: 2019-04-09\nlocation: Tolosa\n---\nIl gruppo di lavoro si riunisce a Tolosa.\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(
            (DiagnosticCodes.UiStringMissingInTranslation, "input/i18n/it.yml", 1, 1, false),
            (warning.Code, warning.File, warning.Line, warning.Column, warning.IsError));
        Assert.StartsWith("neither the theme nor the site has UI strings for 'it': its pages show the 'en' texts", warning.Message, StringComparison.Ordinal);
        Assert.Equal("add input/i18n/it.yml (or theme/i18n/it.yml, for every site of the theme) with the keys of theme/i18n/en.yml and input/i18n/en.yml in 'it'", warning.Hint);

        // English texts, Italian dates (the default date format, in the language's culture).
        var page = Read(site, "it/events/toulouse-2019/index.html");
        Assert.Contains("<html lang=\"it\">", page);
        Assert.Contains("Skip to main content", page);
        Assert.Contains(">9 aprile 2019</time>", page);
    }

    private static TempDirectory RealSiteCopy(string language, string code)
    {
        var site = new TempDirectory();
        Copy(Path.Combine(Repo.Root, "input"), site.Combine("input"));
        Copy(Path.Combine(Repo.Root, "theme"), site.Combine("theme"));

        // Pages of a new language are not yet in the record of published URLs; the search index needs npm.
        File.Delete(site.Combine("input", "published-urls.txt"));
        var config = site.Combine("input", "site.yml");
        var text = File.ReadAllText(config);
        Assert.Contains("\nfallbackLanguages: [en, fr, nl]\n", text);
        Assert.Contains("\n    title: Migratie en integratie\n", text);
        text = text.Replace("search: true", "search: false")
            .Replace("\nfallbackLanguages: [en, fr, nl]\n", $"\nfallbackLanguages: [en, fr, nl, {code}]\n")
            .Replace("\n    title: Migratie en integratie\n", "\n    title: Migratie en integratie\n" + language + "\n");
        File.WriteAllText(config, text);
        return site;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Read(TempDirectory site, string path) => File.ReadAllText(site.Combine("public", path));

    /// <summary>The theme's and the real site's English strings, keys flattened with dots.</summary>
    private static Dictionary<string, string> EnglishStrings()
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new[] { Path.Combine(Repo.Root, "theme", "i18n", "en.yml"), Path.Combine(Repo.Root, "input", "i18n", "en.yml") })
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            Flatten((YamlMappingNode)stream.Documents[0].RootNode, string.Empty, strings);
        }

        return strings;
    }

    private static void Flatten(YamlMappingNode map, string prefix, Dictionary<string, string> strings)
    {
        foreach (var (key, value) in map.Children)
        {
            var name = prefix + ((YamlScalarNode)key).Value;
            if (value is YamlMappingNode child)
            {
                Flatten(child, name + ".", strings);
            }
            else
            {
                strings[name] = ((YamlScalarNode)value).Value ?? string.Empty;
            }
        }
    }

    /// <summary>A strings file with dotted keys, one a line, each text double-quoted.</summary>
    private static string Strings(Dictionary<string, string> strings)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in strings.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(": \"").Append(value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");
        }

        return text.ToString();
    }
}
