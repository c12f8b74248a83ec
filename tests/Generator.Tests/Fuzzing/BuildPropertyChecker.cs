using System.Text;
using Generator.Build;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// Builds a generated site with <c>build</c> and <c>check --format json</c>, in process as a
/// user runs them, and checks what the project promises of every input:
/// <list type="bullet">
/// <item>no exception escapes and no command hangs;</item>
/// <item>the exit code is 0 or 1, and no internal error (GEN900) is reported;</item>
/// <item>build prints nothing but diagnostics and their hints on standard error;</item>
/// <item>every diagnostic is positioned inside the file it names (<see cref="PositionChecker"/>);</item>
/// <item>a failed build leaves the earlier output folder as it was, and leaves nothing beside it;</item>
/// <item>check fails when build fails, and its exit code agrees with its error count;</item>
/// <item>a site as generated, before any mutation, builds without errors;</item>
/// <item>when <c>twice</c>: a second build, with one thread into a fresh folder, writes the same files.</item>
/// </list>
/// </summary>
public static class BuildPropertyChecker
{
    private const string Marker = "the previous good build";

    /// <summary>Checks every property; throws <see cref="FuzzPropertyException"/> with the commands' output at the first one broken.</summary>
    public static void Check(FuzzSite site, bool twice)
    {
        using var temp = new TempDirectory();
        var folders = new SiteFolders(temp.Combine("site"), temp.Combine("out", "public"), Directory.GetCurrentDirectory());
        if (!site.TryWriteTo(folders.Site))
        {
            return; // a name this file system refuses: nothing an author could hand the generator
        }

        PreviousBuild.Write(temp.Combine("out", "public"), ("index.html", Marker), ("previous/page.html", Marker));
        var build = CommandRun.Start("build", "--input", folders.Input, "--theme", folders.Theme, "--output", folders.Output);
        Expect(build.ExitCode is 0 or 1, $"exit code {build.ExitCode} (0 or 1 expected)", build);
        var built = Diagnostics(() => ReportedDiagnostic.FromCompilerStyle(build.Stderr), build);
        CheckDiagnostics(built, folders, build);
        Expect(build.ExitCode == 1 == built.Any(d => d.Severity == "error"), "the exit code does not agree with the errors printed", build);
        Expect(!site.Steps.IsEmpty || build.ExitCode == 0, "the site as generated, with no mutation, does not build", build);
        if (build.ExitCode == 1)
        {
            Expect(PreviousBuild.Files(folders.Output).SequenceEqual(["index.html", "previous/page.html"]) && File.ReadAllText(Path.Combine(folders.Output, "index.html")) == Marker,
                "the failed build changed the earlier output folder", build);
        }

        Expect(Directory.GetFileSystemEntries(temp.Combine("out")).Select(Path.GetFileName).Where(n => n != ".cache").SequenceEqual(["public"]), "the build left something beside the output folder (but its cache)", build);

        var check = CommandRun.Start("check", "--format", "json", "--input", folders.Input, "--theme", folders.Theme);
        Expect(check.ExitCode is 0 or 1, $"exit code {check.ExitCode} (0 or 1 expected)", check);
        Expect(check.Stderr.Length == 0, "check printed on standard error", check);
        var (checkedDiagnostics, errors) = Diagnostics(() => ReportedDiagnostic.FromJson(check.Stdout), check);
        CheckDiagnostics(checkedDiagnostics, folders, check);
        Expect(check.ExitCode == 1 == errors > 0, "the exit code does not agree with the error count", check);
        Expect(build.ExitCode == 0 || check.ExitCode == 1 || built.All(d => d.Code is "GEN006" or "GEN071" || d.Severity != "error"), "build failed but check found no error", check);

        if (twice && build.ExitCode == 0)
        {
            CheckSameOutput(folders, temp.Combine("again"), build);
        }
    }

    private static void CheckDiagnostics(List<ReportedDiagnostic> diagnostics, SiteFolders folders, CommandRun run)
    {
        foreach (var diagnostic in diagnostics)
        {
            Expect(diagnostic.Code != "GEN900", "an internal error was reported: " + diagnostic, run);
            var problem = PositionChecker.Problem(diagnostic, folders);
            Expect(problem is null, $"a diagnostic is not positioned inside its file ({problem}): {diagnostic}", run);
        }
    }

    /// <summary>Builds again with one thread into a fresh folder (through the engine): the files must be byte for byte those of the first build.</summary>
    private static void CheckSameOutput(SiteFolders folders, string again, CommandRun first)
    {
        var result = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(new BuildOptions
        {
            InputDirectory = folders.Input,
            ThemeDirectory = folders.Theme,
            OutputDirectory = again,
            DisplayRoot = folders.DisplayRoot,
            Parallelism = 1,
        });
        Expect(result.Succeeded, "the second build failed:\n" + TestBuild.Describe(result), first);
        var expected = GoldenDirectory.Files(folders.Output);
        var actual = GoldenDirectory.Files(again);
        Expect(expected.SetEquals(actual), $"the second build wrote other files: only first {string.Join(", ", expected.Except(actual))}; only second {string.Join(", ", actual.Except(expected))}", first);
        foreach (var file in expected)
        {
            Expect(File.ReadAllBytes(Path.Combine(folders.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, file))),
                $"the second build wrote other bytes to {file}", first);
        }
    }

    private static T Diagnostics<T>(Func<T> read, CommandRun run)
    {
        try
        {
            return read();
        }
        catch (FuzzPropertyException ex)
        {
            throw new FuzzPropertyException(ex.Message + "\n" + run);
        }
    }

    private static void Expect(bool condition, string problem, CommandRun run)
    {
        if (!condition)
        {
            throw new FuzzPropertyException(new StringBuilder(problem).Append('\n').Append(run).ToString());
        }
    }
}
