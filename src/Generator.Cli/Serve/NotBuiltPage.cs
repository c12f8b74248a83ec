namespace Generator.Cli.Serve;

/// <summary>
/// What every path shows while no build has succeeded yet: a plain page saying so, with the
/// live-reload script, which shows the errors over it and loads the site after the first good build.
/// </summary>
public static class NotBuiltPage
{
    public const string Html = $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Not built yet</title>
        <link rel="stylesheet" href="{LiveReloadScript.StylePath}">
        </head>
        <body class="__serve-not-built">
        <main>
        <h1>The site has not been built yet</h1>
        <p>No build has succeeded yet: fix the errors (listed in the terminal, and over this page) and this page loads the site.</p>
        </main>
        {LiveReloadScript.Tag}
        </body>
        </html>

        """;
}
