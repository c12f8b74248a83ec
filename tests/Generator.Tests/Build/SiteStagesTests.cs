using Generator.Build;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// One sequence of stages, which every command runs as far as it needs: a build every stage in
/// order, check all but write, translations through parse, new and schema through configure.
/// </summary>
public sealed class SiteStagesTests
{
    private static readonly string Site = Repo.Fixture("multilingual");

    private static BuildOptions Options(string output) => new()
    {
        InputDirectory = Path.Combine(Site, "input"),
        ThemeDirectory = Path.Combine(Site, "theme"),
        OutputDirectory = output,
        DisplayRoot = Site,
    };

    private static string Describe(Diagnostics.Diagnostic diagnostic) => $"{diagnostic} ({diagnostic.Hint})";

    private static SiteRun Run(SiteStage through, string output = "unused") =>
        new SiteStages(new PhysicalFileSystem(), new FixedClock(TestBuild.Now), Options(output)).Run(through);

    [Fact]
    public void A_build_runs_every_stage_once_in_order()
    {
        using var output = new TempDirectory();

        var result = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(Options(output.Combine("public")));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        // The build cache is read after configure (is there anything to do?) and written after write.
        var stages = Enum.GetValues<SiteStage>().Select(s => s.ToString().ToLowerInvariant()).ToList();
        stages.Insert(stages.IndexOf("configure") + 1, "cache");
        stages.Add("cache");
        Assert.Equal(stages, result.Statistics.Stages.Select(s => s.Stage));
    }

    [Fact]
    public void A_check_runs_every_stage_but_print_and_write()
    {
        using var output = new TempDirectory();

        var result = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(Options(output.Combine("public")) with { WriteOutput = false });

        Assert.Equal(Enum.GetValues<SiteStage>().Where(s => s is not (SiteStage.Print or SiteStage.Write)).Select(s => s.ToString().ToLowerInvariant()), result.Statistics.Stages.Select(s => s.Stage));
        Assert.False(Directory.Exists(output.Combine("public")));
    }

    [Fact]
    public void A_run_through_configure_reads_site_yml_alone()
    {
        var run = Run(SiteStage.Configure);

        Assert.NotNull(run.Config);
        Assert.NotNull(run.Sources!.SiteConfig);
        Assert.Empty(run.Sources.Content);
        Assert.Empty(run.Sources.Layouts);
        Assert.Empty(run.Documents);
        Assert.Null(run.Model);
    }

    [Fact]
    public void A_run_through_parse_stops_before_the_model_and_reports_what_the_build_reports_so_far()
    {
        var run = Run(SiteStage.Parse);
        var read = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Read(Options("unused"));

        Assert.NotEmpty(run.Documents);
        Assert.Null(run.Model);
        Assert.Equal(read.Documents.Select(d => d.File), run.Documents.Select(d => d.File));
        Assert.Equal(read.Diagnostics.Select(Describe), run.Diagnostics.Select(Describe));
    }

    [Fact]
    public void A_run_through_the_link_check_plans_the_site_and_writes_nothing()
    {
        using var output = new TempDirectory();

        var run = Run(SiteStage.Links, output.Combine("public"));

        Assert.NotNull(run.Graph);
        Assert.NotEmpty(run.Plan!.Files);
        Assert.Null(run.Written);
        Assert.False(Directory.Exists(output.Combine("public")));
    }

    [Fact]
    public void A_run_through_write_writes_the_site_a_build_writes()
    {
        using var output = new TempDirectory();

        var run = Run(SiteStage.Write, output.Combine("run"));
        var built = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(Options(output.Combine("build")));

        Assert.Equal(built.Diagnostics.Select(Describe), run.Diagnostics.Select(Describe));
        Assert.Equal(run.Plan!.Files.Length, run.Written!.Written);
        GoldenDirectory.AssertSame(output.Combine("build"), output.Combine("run"));
    }

    [Fact]
    public void Site_yml_with_errors_stops_the_run_after_configure()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "baseUrl: 42\n");

        var options = new BuildOptions { InputDirectory = site.Combine("input"), ThemeDirectory = site.Combine("theme"), OutputDirectory = site.Combine("public") };

        var run = new SiteStages(new PhysicalFileSystem(), new FixedClock(TestBuild.Now), options).Run(SiteStage.Write);

        Assert.Null(run.Config);
        Assert.Empty(run.Documents);
        Assert.Contains(run.Diagnostics, d => d.IsError);
    }
}
