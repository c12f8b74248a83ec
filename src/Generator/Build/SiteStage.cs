namespace Generator.Build;

/// <summary>
/// The named stages of a build, in the order they run; each is timed under its name in lower
/// case (<see cref="BuildStatistics.Stages"/>). <see cref="SiteStages.Run"/> runs them through one of them.
/// </summary>
public enum SiteStage
{
    /// <summary>Reads site.yml, the content, the static files, the layouts and the UI strings.</summary>
    Load,

    /// <summary>Types site.yml into the site's configuration.</summary>
    Configure,

    /// <summary>Types each document's front matter and compiles its body.</summary>
    Parse,

    /// <summary>Checks each document against its type: keys, dates, images, headings.</summary>
    Validate,

    /// <summary>Builds the site model: published documents, translations, pages, lists, menus, aliases.</summary>
    Model,

    /// <summary>Checks that every URL the site has published is still built.</summary>
    Urls,

    /// <summary>Resolves relations, wikilinks and links to source files into the link graph.</summary>
    Link,

    /// <summary>Compiles the theme's layouts.</summary>
    Templates,

    /// <summary>Reads the UI strings of the theme and of the site.</summary>
    Strings,

    /// <summary>Renders every page through its layout.</summary>
    Render,

    /// <summary>Plans every output file, with one owner per path.</summary>
    Plan,

    /// <summary>Checks every local link and anchor of the rendered pages.</summary>
    Links,

    /// <summary>Prints the PDFs of record of policy documents with headless Chromium (a build that writes, when site.yml says <c>pdf: true</c>).</summary>
    Print,

    /// <summary>Writes the site (and its search index) into the output folder.</summary>
    Write,
}
