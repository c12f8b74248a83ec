using System.Diagnostics;
using Generator.Content;
using Generator.Markdown;
using Generator.Diagnostics;
using Generator.Tests.Support;
using Xunit.Abstractions;

namespace Generator.Tests.Markdown;

/// <summary>
/// Every pathological text either compiles in linear time or gets GEN017 at a place in the file,
/// on a thread with a small stack (256 KB, a sixth of a pool thread's): nothing of Markdig's or
/// ours recurses as deep as the text nests. The time allowed is cmark's 4 seconds plus 0.3 µs a
/// character (the backticks case is 50 million characters, read in 3 s alone and up to 12 s
/// beside the other tests on two cores): a quadratic parse of these texts takes minutes. The time
/// is the reading thread's processor time, so a busy machine does not fail the test; the cases run
/// alone, after the other tests.
/// </summary>
[Collection(nameof(PathologicalMarkdownTests))]
[CollectionDefinition(nameof(PathologicalMarkdownTests), DisableParallelization = true)]
public sealed class PathologicalMarkdownTests(ITestOutputHelper output)
{
    private static readonly BodyReader Reader = new(MarkdownPipelineFactory.Create());

    public static TheoryData<string> Cases() => [.. PathologicalCase.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiles_in_bounded_time_or_reports_GEN017_at_its_place(string name)
    {
        var test = PathologicalCase.All.Single(c => c.Name == name);
        var markdown = test.Markdown();
        var diagnostics = new DiagnosticBag();
        CompiledBody? body = null;
        var clock = Stopwatch.StartNew();
        var cpu = TimeSpan.Zero;
        var reader = new Thread(
            () =>
            {
                var start = ThreadClock.Now();
                body = Reader.Read(markdown, 4, "input/content/case.en.md", diagnostics);
                cpu = ThreadClock.Now() - start;
            },
            256 * 1024);
        reader.Start();
        reader.Join();
        clock.Stop();

        var found = diagnostics.ToImmutableSorted();
        output.WriteLine($"{name}: {markdown.Length:N0} characters, {cpu.TotalMilliseconds:N0} ms of processor time, {clock.Elapsed.TotalMilliseconds:N0} ms in all, {(found.IsEmpty ? "compiled" : string.Join("; ", found))}");
        var allowed = TimeSpan.FromSeconds(4) + TimeSpan.FromTicks(3 * markdown.Length);
        Assert.True(cpu < allowed, $"{name} took {cpu} of processor time (allowed: {allowed})");
        if (test.TooDeep)
        {
            var error = Assert.Single(found);
            Assert.Equal("GEN017", error.Code);
            Assert.Equal("Markdown nested too deeply", error.Message);
            Assert.InRange(error.Line, 4, 4 + markdown.Count(c => c == '\n'));
            Assert.True(error.Column >= 1);
            return;
        }

        Assert.Empty(found);
        if (test.Html is { } pattern)
        {
            Assert.Matches(pattern, string.Concat(body!.Html.Parts.Cast<HtmlPart>().Select(p => p.Html)));
        }
    }
}
