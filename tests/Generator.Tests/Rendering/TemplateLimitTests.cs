using System.Diagnostics;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// A template that never ends fails within a second, at the loop or the include, with the
/// template's file, line and column; templates that loop a great deal still render.
/// </summary>
public sealed class TemplateLimitTests
{
    [Theory]
    [InlineData("{{ while true }}...{{ end }}", 1, 4)]
    [InlineData("<ul>\n{{ while true }}\n  {{ for i in 1..3 }}<li>{{ i }}</li>{{ end }}\n{{ end }}\n</ul>\n", 2, 4)]
    [InlineData("{{ for i in 1..10000000 }}{{ for j in 1..1 }}{{ end }}{{ end }}", 1, 14)]
    [InlineData("{{ func f(n) }}{{ f(n + 1) }}{{ end }}{{ f(0) }}", 1, 19)]
    [InlineData("<li>{{ include 'partials/spin.html' }}</li>", 1, 8)]
    public void A_template_that_never_ends_fails_within_a_second_at_its_position(string partial, int line, int column)
    {
        using var site = Site(partial);
        using (var warm = Site("{{ 1 }}"))
        {
            // The first build in a process also compiles the build's code; that is not the template's time.
            TestBuild.Run(warm.Path, warm.Combine("public"), parallelism: 1);
        }

        // A clean heap first: collections of what earlier tests left would be charged to this thread.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // This thread's processor time (the build runs on it with parallelism 1), not wall time:
        // the machine, and other tests of this process, may be busy with other work.
        var clock = Stopwatch.StartNew();
        var cpu = ThreadClock.Now();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var result = TestBuild.Run(site.Path, site.Combine("public"), parallelism: 1, cancellationToken: patience.Token);
        cpu = ThreadClock.Now() - cpu;

        Assert.True(cpu < TimeSpan.FromSeconds(1) && clock.Elapsed < TimeSpan.FromSeconds(10), $"took {cpu} of processor time, {clock.Elapsed} in all");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.TemplateRuntime, "theme/layouts/partials/spin.html", line, column), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void Once_a_page_meets_a_template_that_never_ends_the_other_pages_are_not_rendered()
    {
        using var site = Site("{{ while true }}...{{ end }}");
        // One list page for the notes, not twenty: pages that do not meet the loop render in a moment,
        // and a busy machine would let many of them through while the first note spins.
        site.Write("input/site.yml", "languages:\n  en: { name: English }\npageSize: 1000\n");
        for (var i = 0; i < 200; i++)
        {
            site.Write($"input/content/notes/note-{i}.md", $"---\ntitle: Note {i}\n---\nText.\n");
        }

        var result = TestBuild.Run(site.Path, site.Combine("public"), parallelism: 2);

        Assert.True(result.Diagnostics.Length == 1, TestBuild.Describe(result) + $"\n({result.Statistics.PagesRendered} pages rendered)");
        var error = result.Diagnostics[0];
        Assert.StartsWith("the first page to meet it stopped the build from rendering the others", error.Hint);
        Assert.True(result.Statistics.PagesRendered is >= 1 and <= 10, $"{result.Statistics.PagesRendered} pages rendered");
    }

    [Fact]
    public void Long_loops_that_end_still_render()
    {
        using var site = Site("{{ n = 0 }}{{ for i in 1..200000 }}{{ n = n + 1 }}{{ end }}{{ n }}");

        var result = TestBuild.Run(site.Path, site.Combine("public"), parallelism: 1);

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Contains("200000", File.ReadAllText(site.Combine("public", "en", "note", "index.html")));
    }

    private static TempDirectory Site(string partial)
    {
        var site = SmallSite.Create(single: "{{ page.title }}{{ include 'partials/spin.html' }}\n");
        site.Write("input/content/note.md", "---\ntitle: Note\n---\nText.\n");
        site.Write("theme/layouts/404.html", "missing\n");
        site.Write("theme/layouts/partials/spin.html", partial);
        return site;
    }
}
