namespace Generator.Tests.Fuzzing;

/// <summary>
/// Every site the fuzzer found breaking a property, saved under fixtures/fuzz/ (each folder's
/// case.txt says what it was), built again with the same checks, and twice to compare the
/// outputs. A fixture with a known-failure.txt is a failure not fixed yet: the theory leaves it
/// out, and a skipped test below names it, with the reason.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetDirectories(RegressionFixtureWriter.Directory)
            .Where(d => !File.Exists(Path.Combine(d, RegressionFixtureWriter.KnownFailureFile)))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fuzz_fixture_builds_with_positioned_diagnostics_and_never_crashes(string name) => Check(name);

    private static void Check(string name) =>
        BuildPropertyChecker.Check(RegressionFixtureWriter.Load(Path.Combine(RegressionFixtureWriter.Directory, name)), twice: true);
}
