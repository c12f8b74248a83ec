using System.Collections.Immutable;
using Generator.Tests.Support;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// The themes of generated sites, read once from the fixtures: the multilingual fixture's (menus,
/// language switcher, dates, UI strings, pager, tags) or the invalid cases' minimal one, with
/// the Dutch UI strings they lack added (generated sites may have Dutch as their default language).
/// </summary>
public static class FuzzTheme
{
    private static readonly Lazy<ImmutableSortedDictionary<string, byte[]>> Rich = new(() =>
    {
        var theme = Read(Repo.Fixture("multilingual", "theme"));
        return theme.SetItem("i18n/nl.yml", [.. theme["i18n/nl.yml"], .. "page_of: \"Pagina {0} van {1}\"\n"u8]);
    });

    private static readonly Lazy<ImmutableSortedDictionary<string, byte[]>> Minimal = new(() => Read(Repo.Fixture("invalid", "_theme")).SetItem("i18n/nl.yml", "hello: Hallo\n"u8.ToArray()));

    /// <summary>The theme's files, by path relative to the theme folder.</summary>
    public static ImmutableSortedDictionary<string, byte[]> Files(bool rich) => rich ? Rich.Value : Minimal.Value;

    private static ImmutableSortedDictionary<string, byte[]> Read(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToImmutableSortedDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
