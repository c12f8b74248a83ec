using System.Collections.Immutable;
using System.Text;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Linking;
using Generator.Model;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// Stage 7: gathers rendered pages, alias redirects, the root redirect and static files into one
/// plan. Two outputs claiming one path is an error that names both sources; so are paths that
/// cannot all be written (<see cref="OutputPathChecker"/>).
/// </summary>
public sealed class OutputPlanner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public OutputPlan Plan(
        SiteModel model, LinkGraph graph, ImmutableArray<RenderedPage> pages, ImmutableArray<SourceFile> statics, AssetManifest assets, UiStrings strings, DiagnosticBag diagnostics)
    {
        var config = model.Config;
        var outputs = new List<PlannedOutput>(pages.Length + statics.Length + model.Aliases.Length + 1);
        outputs.AddRange(pages.Select(p => new PlannedOutput(p.OutputPath, p.Html, null, p.Origin) { Claim = p.Claim }));

        var home = model.Home(config.DefaultLanguage);
        var rootOrigin = new SourceRef(home.Document?.File ?? config.File);
        outputs.Add(new PlannedOutput(OutputPaths.Index, Utf8.GetBytes(RedirectPage.Html(config.DefaultLanguage, home.Url, config.Absolute(home.Url))), null, rootOrigin));

        // Hosts serve /404.html for any missing path; it is the default language's 404 page.
        var notFound = OutputPaths.FromUrl(new UrlBuilder(config).NotFound(config.DefaultLanguage), config.BasePath);
        if (pages.FirstOrDefault(p => p.OutputPath == notFound) is { } defaultNotFound)
        {
            outputs.Add(new PlannedOutput("404.html", defaultNotFound.Html, null, defaultNotFound.Origin));
        }

        foreach (var alias in model.Aliases)
        {
            var path = OutputPaths.FromUrl(alias.Url, config.BasePath);
            var html = RedirectPage.Html(alias.Target.Language, alias.Target.Url, config.Absolute(alias.Target.Url));
            outputs.Add(new PlannedOutput(path, Utf8.GetBytes(html), null, alias.Where));
        }

        foreach (var language in config.Languages.Select(l => l.Code))
        {
            outputs.Add(new PlannedOutput($"{language}/graph.json", GraphJson.Write(model, graph, language), null, new SourceRef(config.File)));
        }

        outputs.AddRange(statics.Select(s => Static(s, assets)));
        outputs.AddRange(new SiteFilesPlanner(model, strings, pages.Any(p => Rendering.Functions.VideoEmbedFunction.Embeds(p.Html))).Plan());

        var files = ImmutableArray.CreateBuilder<PlannedOutput>(outputs.Count);
        foreach (var claimants in outputs.GroupBy(o => o.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = claimants.OrderBy(o => o.Origin.File, StringComparer.Ordinal).ThenBy(o => o.Origin.Position.Line).ToArray();
            files.Add(ordered[0]);
            foreach (var duplicate in ordered.Skip(1))
            {
                var url = OutputPaths.ToUrl(claimants.Key, "/");
                var fallback = ordered[0].Claimant.Contains("fallback page", StringComparison.Ordinal) || duplicate.Claimant.Contains("fallback page", StringComparison.Ordinal);
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, duplicate.Origin,
                    $"URL {config.BasePath.TrimEnd('/')}{url} is claimed by both {ordered[0].Claimant} and {duplicate.Claimant}",
                    fallback
                        ? "a fallback page takes the address a missing translation would have: if the two files are one document's translations, give them the same translationKey; otherwise give one of them another 'slug'"
                        : "give one of them another 'slug' (or file name)");
            }
        }

        return new OutputPlan(OutputPathChecker.Check(files.ToImmutable(), config.BasePath, diagnostics)) { BasePath = config.BasePath };
    }

    /// <summary>A static file as published: copied, or a theme stylesheet made smaller (<see cref="Formats.CssMinifier"/>).</summary>
    private static PlannedOutput Static(SourceFile file, AssetManifest assets)
    {
        var path = assets.PublishedPath(file);
        return path.StartsWith(AssetManifest.Folder, StringComparison.Ordinal) && path.EndsWith(".css", StringComparison.Ordinal)
            && (file.Bytes ?? (File.Exists(file.FullPath) ? File.ReadAllBytes(file.FullPath) : null)) is { } bytes && Content.TextDecoder.Decode(bytes) is { } css
            ? new PlannedOutput(path, Utf8.GetBytes(Formats.CssMinifier.Minify(css)), null, new SourceRef(file.DisplayPath))
            : new PlannedOutput(path, null, file.FullPath, new SourceRef(file.DisplayPath));
    }
}
