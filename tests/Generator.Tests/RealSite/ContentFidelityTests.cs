using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.RealSite;

/// <summary>
/// The real site says what its seeds say and nothing more. Built once from a copy of input/ (without
/// the search index, which needs npm), it is checked against two lists kept beside this file:
/// <list type="bullet">
/// <item><c>removed-sentences.txt</c>: sentences taken out because the seeds do not support them; none
/// may appear on any built page again;</item>
/// <item><c>dates.tsv</c>: every date the site gives, with the seed line that supports it; each page
/// shows its date, each excerpt is on its line, and no page is dated without a line here.</item>
/// </list>
/// </summary>
public sealed partial class ContentFidelityTests(ContentFidelityTests.BuiltSite site) : IClassFixture<ContentFidelityTests.BuiltSite>
{
    private static readonly string DataDirectory = Path.Combine(Repo.Root, "tests", "Generator.Tests", "RealSite");

    public sealed class BuiltSite : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public BuiltSite()
        {
            CopyAll(Path.Combine(Repo.Root, "input"), _temp.Combine("input"));
            var config = _temp.Combine("input", "site.yml");
            var text = File.ReadAllText(config);
            Assert.Contains("\nsearch: true\n", text);
            File.WriteAllText(config, text.Replace("\nsearch: true\n", "\nsearch: false\n", StringComparison.Ordinal));

            Output = _temp.Combine("public");
            Result = TestBuild.Run(_temp.Path, Output, themeDirectory: Path.Combine(Repo.Root, "theme"));
            Pages = Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
                .ToDictionary(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        }

        public string Output { get; }

        public Generator.Build.BuildResult Result { get; }

        /// <summary>Every built HTML page by its path from the site's root (<c>/en/news/index.html</c>).</summary>
        public IReadOnlyDictionary<string, string> Pages { get; }

        public void Dispose() => _temp.Dispose();

        private static void CopyAll(string from, string to)
        {
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    [Fact]
    public void The_real_site_builds_without_errors_or_warnings()
    {
        Assert.True(site.Result.Succeeded, TestBuild.Describe(site.Result));
        Assert.Empty(site.Result.Diagnostics);
    }

    [Fact]
    public void No_removed_sentence_appears_on_any_built_page()
    {
        var removed = Rows("removed-sentences.txt", columns: 3);
        Assert.True(removed.Count > 50, $"only {removed.Count} removed sentences listed");

        var texts = site.Pages.ToDictionary(p => p.Key, p => ReaderText(p.Value));
        var found = new StringBuilder();
        foreach (var row in removed)
        {
            Assert.True(File.Exists(Path.Combine(Repo.Root, "input", row.Cells[0])), $"removed-sentences.txt line {row.Line}: no file input/{row.Cells[0]}");
            var sentence = Normalize(row.Cells[1]);
            Assert.True(sentence.Length >= 12, $"removed-sentences.txt line {row.Line}: '{sentence}' is too short to test");
            foreach (var (page, text) in texts)
            {
                if (text.Contains(sentence, StringComparison.Ordinal)) found.AppendLine($"line {row.Line}: '{row.Cells[1]}' is on {page}");
            }
        }

        Assert.True(found.Length == 0, "removed sentences are back:\n" + found);
    }

    [Fact]
    public void Each_listed_date_is_shown_on_its_page()
    {
        var dates = Rows("dates.tsv", columns: 5);
        Assert.NotEmpty(dates);

        var missing = new StringBuilder();
        foreach (var row in dates)
        {
            var (url, date) = (row.Cells[0], row.Cells[1]);
            Assert.Matches(DateTimeValue(), date);
            Assert.True(site.Pages.TryGetValue(url + "index.html", out var html), $"dates.tsv line {row.Line}: no page {url}");

            // A layout with a metadata block (events, guidelines, statements) shows the date there; the
            // others (news, projects) show it in their entry in the lists that link to them.
            var metadata = MetadataBlock().Match(html!);
            var shown = metadata.Success
                ? metadata.Value.Contains($"<time datetime=\"{date}\">", StringComparison.Ordinal)
                : site.Pages.Values.Any(page => ListEntry(url, date).IsMatch(page));
            if (!shown) missing.AppendLine($"line {row.Line}: {url} does not show <time datetime=\"{date}\">");
        }

        Assert.True(missing.Length == 0, "dates not shown:\n" + missing);
    }

    [Fact]
    public void Each_seed_excerpt_is_on_the_line_given()
    {
        var wrong = new StringBuilder();
        foreach (var row in Rows("dates.tsv", columns: 5))
        {
            var (file, number, excerpt) = (row.Cells[2], int.Parse(row.Cells[3], System.Globalization.CultureInfo.InvariantCulture), row.Cells[4]);
            Assert.StartsWith("seeds/", file, StringComparison.Ordinal);
            var path = Path.Combine(Repo.Root, file);
            Assert.True(File.Exists(path), $"dates.tsv line {row.Line}: no seed file {file}");
            var lines = File.ReadAllLines(path, Encoding.UTF8);
            if (number < 1 || number > lines.Length || !lines[number - 1].Contains(excerpt, StringComparison.Ordinal))
            {
                wrong.AppendLine($"dates.tsv line {row.Line}: '{excerpt}' is not on line {number} of {file}");
            }
        }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    /// <summary>A date written in the front matter of a section's page is a date the site gives: it must be listed with its seed.</summary>
    [Fact]
    public void Every_date_in_a_sections_front_matter_is_listed_with_its_seed()
    {
        var listed = Rows("dates.tsv", columns: 5).Select(r => (r.Cells[0], r.Cells[1])).ToHashSet();
        var urls = new Dictionary<(string Id, string Language), string>();
        foreach (var language in new[] { "en", "fr", "nl" })
        {
            using var graph = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, language, "graph.json")));
            foreach (var node in graph.RootElement.GetProperty("nodes").EnumerateArray())
            {
                if (node.GetProperty("lang").GetString() == language) urls[(node.GetProperty("id").GetString()!, language)] = node.GetProperty("url").GetString()!;
            }
        }

        var content = Path.Combine(Repo.Root, "input", "content");
        var unlisted = new StringBuilder();
        var checkedDates = 0;
        foreach (var file in Directory.GetFiles(content, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(content, file).Replace('\\', '/');
            var name = FileName().Match(relative);
            if (!relative.Contains('/') || !name.Success || name.Groups["id"].Value.EndsWith("_index", StringComparison.Ordinal)) continue;

            var frontMatter = File.ReadAllText(file).Split("\n---", 2)[0];
            foreach (Match date in FrontMatterDate().Matches(frontMatter))
            {
                checkedDates++;
                var key = (name.Groups["id"].Value, name.Groups["lang"].Value);
                Assert.True(urls.TryGetValue(key, out var url), $"{relative} is not in graph.json");
                var value = date.Groups["value"].Value;
                if (!listed.Contains((url!, value))) unlisted.AppendLine($"{relative}: {date.Groups["key"].Value}: {value} ({url}) has no line in dates.tsv");
            }
        }

        Assert.True(checkedDates > 50, $"only {checkedDates} dates found in the content");
        Assert.True(unlisted.Length == 0, "dates without a seed:\n" + unlisted);
    }

    private sealed record Row(int Line, string[] Cells);

    private static List<Row> Rows(string file, int columns)
    {
        var rows = new List<Row>();
        var lines = File.ReadAllLines(Path.Combine(DataDirectory, file), Encoding.UTF8);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
            var cells = lines[i].Split('\t');
            Assert.True(cells.Length == columns, $"{file} line {i + 1}: {cells.Length} columns, not {columns}");
            Assert.DoesNotContain(cells, c => c.Trim().Length == 0);
            rows.Add(new Row(i + 1, cells));
        }

        return rows;
    }

    /// <summary>The text a reader sees: no scripts, styles or tags, entities decoded, spacing and quotes made uniform.</summary>
    private static string ReaderText(string html)
    {
        var text = ScriptOrStyle().Replace(html, " ");
        text = Tag().Replace(text, string.Empty);
        return Normalize(WebUtility.HtmlDecode(text));
    }

    private static string Normalize(string text)
    {
        var quotes = text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u00A0', ' ').Replace('\u202F', ' ');
        return Whitespace().Replace(quotes, " ").Trim();
    }

    private static Regex ListEntry(string url, string date) =>
        new($"<a href=\"{Regex.Escape(url)}\"[^>]*>[^<]*</a>\\s*(?:<span[^>]*>[^<]*</span>\\s*)*<time datetime=\"{Regex.Escape(date)}\">");

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex DateTimeValue();

    [GeneratedRegex("<dl class=\"metadata\">.*?</dl>", RegexOptions.Singleline)]
    private static partial Regex MetadataBlock();

    [GeneratedRegex(@"^(?<id>.+)\.(?<lang>en|fr|nl)\.md$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"^(?<key>date|endDate):\s*(?<value>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex FrontMatterDate();

    [GeneratedRegex("<(script|style)\\b.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
