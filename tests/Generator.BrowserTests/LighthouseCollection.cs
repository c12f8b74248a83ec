namespace Generator.BrowserTests;

/// <summary>
/// Lighthouse measures paint times on this machine's own CPU, so its runs wait until every
/// parallel collection has finished (xunit runs collections that disable parallelization last,
/// one at a time) and get a site of their own, served by nothing else.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LighthouseCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "Lighthouse, alone";
}
