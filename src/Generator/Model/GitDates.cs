using System.Collections.Immutable;
using Generator.Content;
using Generator.Content.History;
using Generator.Dates;
using Generator.Diagnostics;

namespace Generator.Model;

/// <summary>
/// What the git history says of the site's policy documents when site.yml asks for it
/// (<c>history: git</c>): each file's commits as revisions, newest first, by the file's full
/// path. A history that cannot be trusted is not used, with one warning (GEN086): no
/// repository, libgit2 unavailable, or a shallow clone (Netlify's default), whose oldest commit
/// seems to add every file.
/// </summary>
public sealed class GitDates
{
    public static readonly GitDates None = new(ImmutableDictionary<string, ImmutableArray<Revision>>.Empty);

    private GitDates(ImmutableDictionary<string, ImmutableArray<Revision>> byFile) => ByFile = byFile;

    /// <summary>Each file's revisions, newest first, by its full path.</summary>
    public ImmutableDictionary<string, ImmutableArray<Revision>> ByFile { get; }

    public ImmutableArray<Revision> Of(ParsedDocument document) => ByFile.GetValueOrDefault(document.Source.FullPath, []);

    /// <summary>The day the file was first committed, if the history knows it.</summary>
    public DateValue? Added(ParsedDocument document) => Of(document) is { IsEmpty: false } revisions ? revisions[^1].Date : null;

    public static GitDates Read(string folder, IEnumerable<ParsedDocument> documents, SourceRef siteConfig, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var files = documents.Select(d => d.Source.FullPath).Distinct(StringComparer.Ordinal).ToArray();
        var history = new GitFileHistoryReader().Read(folder, files, cancellationToken);
        var problem = history.Status switch
        {
            GitHistoryStatus.NotARepository => "the site is not in a git repository",
            GitHistoryStatus.Unavailable => history.Reason ?? "git cannot be read here",
            _ when history.IsShallow => "the clone is shallow (its oldest commit seems to add every file), so its dates would be wrong",
            _ => null,
        };
        if (problem is not null)
        {
            diagnostics.Warning(DiagnosticCodes.HistoryUnavailable, siteConfig, $"'history: git' gives no dates: {problem}",
                history.IsShallow ? "fetch the whole history before building (git fetch --unshallow); on Netlify, add it to the build command" : "build from a clone of the site's repository, or remove 'history: git'");
            return None;
        }

        return new GitDates(history.Files.ToImmutableDictionary(f => f.Path, f => f.Commits
            .Select(c => new Revision(new DateValue(new DateTimeOffset(c.AuthorDate.Year, c.AuthorDate.Month, c.AuthorDate.Day, 0, 0, 0, TimeSpan.Zero), DatePrecision.Day), c.Subject)).ToImmutableArray(),
            StringComparer.Ordinal));
    }
}
