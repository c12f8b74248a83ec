namespace Generator.Tests.Support;

/// <summary>
/// A small English site for tests, written into a temporary folder: <c>site.yml</c> and a minimal
/// theme (base, single and list layouts, one UI string), to which a test adds its own files.
/// </summary>
public static class SmallSite
{
    public static TempDirectory Create(string single = "{{ page.title }} {{ page.content }}\n", string list = "list\n", string siteYml = "languages:\n  en: { name: English }\n")
    {
        var site = new TempDirectory();
        site.Write("input/site.yml", siteYml);
        site.Write("theme/layouts/base.html", "{{ content }}");
        site.Write("theme/layouts/single.html", single);
        site.Write("theme/layouts/list.html", list);
        site.Write("theme/i18n/en.yml", "x: y\n");
        return site;
    }
}
