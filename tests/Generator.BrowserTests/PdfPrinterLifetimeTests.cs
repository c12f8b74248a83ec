using System.Diagnostics;
using Generator.Publishing.Pdf;
using Xunit.Abstractions;

namespace Generator.BrowserTests;

/// <summary>The PDF printer's own Chromium: found or not, timed out, crashed, disposed, and how long printing takes.</summary>
public sealed class PdfPrinterLifetimeTests(ITestOutputHelper output)
{
    private const string Title = "Guide d'été à Montréal";

    [Fact]
    public void Without_chrome_path_path_or_package_no_browser_is_found_and_the_reason_says_how_to_get_one()
    {
        var empty = Directory.CreateTempSubdirectory("pdf-locate-").FullName;
        try
        {
            var browser = PdfBrowser.Locate(empty, _ => null, out var missing);

            Assert.Null(browser);
            Assert.Equal("no Chromium found (set CHROME_PATH, put chromium or google-chrome on the PATH, or install the npm package @sparticuz/chromium)", missing);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void Chrome_path_comes_first_then_the_path_and_a_chrome_path_that_does_not_exist_is_passed_over()
    {
        Assert.Equal("/usr/lib/chromium/chromium", PdfBrowser.Locate("/", name => name == "CHROME_PATH" ? "/usr/lib/chromium/chromium" : "/usr/bin", out _)?.Executable);
        Assert.Equal("/usr/bin/chromium", PdfBrowser.Locate("/", name => name == "CHROME_PATH" ? "/nowhere/chrome" : "/nowhere:/usr/bin", out var missing)?.Executable);
        Assert.Null(missing);
    }

    [Fact]
    public async Task A_page_that_never_loads_times_out_with_a_message_naming_it()
    {
        await using var printer = await PdfPrinter.StartAsync(PdfPrinterFixture.Browser, 1, TimeSpan.FromSeconds(2), CancellationToken.None);
        var site = new PdfTestSite();
        var endless = site.AddGuide("/fr/boucle/", "Boucle", "https://cdn.example.net", "<script>for (;;) {}</script>");

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync(site.Job(endless, "Boucle"), CancellationToken.None));

        Assert.Equal("timed out after 2 s loading https://example.org/fr/boucle/", error.Message);
    }

    [Fact]
    public async Task A_crashed_chromium_is_an_error_not_a_hang()
    {
        await using var printer = await PdfPrinter.StartAsync(PdfPrinterFixture.Browser, 1, PdfPrinter.DefaultPageTimeout, CancellationToken.None);
        using (var chromium = Process.GetProcessById(printer.ProcessId))
        {
            chromium.Kill(entireProcessTree: true);
            await chromium.WaitForExitAsync();
        }

        var site = new PdfTestSite();
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync(site.Job(site.AddGuide("/fr/guides/ete/", Title, "https://cdn.example.net"), Title), CancellationToken.None));

        Assert.StartsWith("Chromium exited with code ", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"noticing took {clock.Elapsed}");
    }

    [Fact]
    public async Task Disposing_the_printer_ends_every_chromium_process_and_deletes_the_profile()
    {
        var printer = await PdfPrinter.StartAsync(PdfPrinterFixture.Browser, 2, PdfPrinter.DefaultPageTimeout, CancellationToken.None);
        var site = new PdfTestSite();
        await printer.PrintAsync(site.Job(site.AddGuide("/fr/guides/ete/", Title, "https://cdn.example.net"), Title), CancellationToken.None);
        var profile = printer.ProfileDirectory;
        var processes = ProcessesUsing(profile);
        Assert.Contains(printer.ProcessId, processes);
        Assert.True(processes.Count >= 3, $"only {processes.Count} Chromium processes");

        await printer.DisposeAsync();

        Assert.Empty(ProcessesUsing(profile));
        Assert.False(Directory.Exists(profile));
    }

    [Fact]
    public async Task One_page_and_ten_pages_print_in_reasonable_time()
    {
        var clock = Stopwatch.StartNew();
        await using var printer = await PdfPrinter.StartAsync(PdfPrinterFixture.Browser, 2, PdfPrinter.DefaultPageTimeout, CancellationToken.None);
        var started = clock.Elapsed;
        var site = new PdfTestSite();
        var jobs = Enumerable.Range(1, 10).Select(i => site.Job(site.AddGuide($"/fr/guides/{i}/", $"Guide {i}", "https://cdn.example.net"), $"Guide {i}")).ToList();

        clock.Restart();
        await printer.PrintAsync(jobs[0], CancellationToken.None);
        var one = clock.Elapsed;
        clock.Restart();
        var pdfs = await Task.WhenAll(jobs.Select(job => printer.PrintAsync(job, CancellationToken.None)));
        var ten = clock.Elapsed;

        output.WriteLine($"start {started.TotalMilliseconds:0} ms, one page {one.TotalMilliseconds:0} ms, ten pages {ten.TotalMilliseconds:0} ms");
        Assert.Equal(10, pdfs.Length);
        Assert.True(ten < TimeSpan.FromSeconds(60), $"ten pages took {ten}");
    }

    /// <summary>The processes whose command line names <paramref name="profile"/> (Chromium's browser, zygotes and renderers).</summary>
    private static List<int> ProcessesUsing(string profile) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsDigit))
            .Where(pid => Read($"/proc/{pid}/cmdline").Contains(profile, StringComparison.Ordinal))
            .Select(pid => int.Parse(pid!))];

    private static string Read(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
