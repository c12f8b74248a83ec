using System.Text.RegularExpressions;
using CsCheck;
using Xunit.Abstractions;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of the whole build: generated sites (valid ones, then mutated with
/// author mistakes and hostile input) go through <c>build</c> and <c>check --format json</c>, and
/// every property of <see cref="BuildPropertyChecker"/> must hold. Runs for
/// <see cref="FuzzSettings.DefaultSeconds"/> seconds by default; see <see cref="FuzzSettings"/>.
/// A failing case is shrunk by CsCheck, saved under fixtures/fuzz/ and reported with its seed.
/// </summary>
public sealed partial class SiteFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Fuzz_generated_sites_build_with_positioned_diagnostics_and_never_crash()
    {
        var settings = FuzzSettings.FromEnvironment();
        try
        {
            FuzzCaseGenerator.Case.Sample(
                (Action<FuzzSite, bool>)BuildPropertyChecker.Check,
                writeLine: output.WriteLine,
                seed: settings.Seed,
                iter: settings.Seed is null ? -1 : 1,
                time: settings.Seed is null ? settings.Seconds : -1,
                threads: settings.Threads,
                print: c => c.Item1.ToString());
        }
        catch (Exception ex) when (SeedOf(ex.Message) is { } seed)
        {
            var (site, _) = FuzzCaseGenerator.Case.Single(_ => true, seed);
            var failure = $"{ex.InnerException?.Message}\n\n{ex.Message}";
            var saved = RegressionFixtureWriter.Save(site, seed, failure);
            Assert.Fail($"A generated site breaks a property of the build. Replay it with FUZZ_SEED={seed}; " +
                $"{(saved is null ? "it could not be saved as a fixture" : "saved as the regression fixture " + saved)}.\n{failure}");
        }
    }

    private static string? SeedOf(string message) => SeedPattern().Match(message) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("Set seed: \"([^\"]+)\"")]
    private static partial Regex SeedPattern();
}
