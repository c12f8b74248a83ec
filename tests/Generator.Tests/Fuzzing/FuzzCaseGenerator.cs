using CsCheck;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// The fuzzing test's input: a valid generated site, then up to four mutations (author mistakes
/// and hostile input: front matter, Markdown, site.yml, file names, bytes), and whether to build
/// it a second time to compare the outputs. One case in eight is left valid. Sites that meet a
/// known, unfixed failure (<see cref="KnownIssues"/>) are left out.
/// </summary>
public static class FuzzCaseGenerator
{
    public static Gen<Mutation> Mutation { get; } = Gen.Frequency(
        (5, FrontMatterMutator.Any),
        (5, MarkdownMutator.Any),
        (4, SiteConfigMutator.Any),
        (3, FileNameMutator.Any),
        (3, ByteMutator.Any));

    public static Gen<(FuzzSite Site, bool Twice)> Case { get; } =
        from site in SiteGenerator.Valid
        from count in Gen.Frequency((1, Gen.Const(0)), (7, Gen.Int[1, 4]))
        from mutations in Mutation.Array[count]
        from twice in Gen.Frequency((3, false), (1, true))
        let mutated = mutations.Aggregate(site, (s, m) => m.Apply(s).Step(m.Description))
        where !KnownIssues.Meets(mutated)
        select (mutated, twice);
}
