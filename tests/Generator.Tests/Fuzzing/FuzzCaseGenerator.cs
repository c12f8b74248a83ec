using CsCheck;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// The fuzzing test's input: a valid generated site, then a few mutations (author mistakes and
/// hostile input), and whether to build it a second time to compare the outputs.
/// </summary>
public static class FuzzCaseGenerator
{
    public static Gen<(FuzzSite Site, bool Twice)> Case { get; } =
        from site in SiteGenerator.Valid
        from twice in Gen.Frequency((3, false), (1, true))
        select (site, twice);
}
