namespace Generator.Tests.Fuzzing;

/// <summary>
/// One change to a generated site. Its random choices were drawn when it was generated, so
/// <see cref="Apply"/> is a plain function; choices that depend on the site (which document,
/// which line) are numbers taken modulo what the site has.
/// </summary>
public sealed record Mutation(string Description, Func<FuzzSite, FuzzSite> Apply)
{
    public override string ToString() => Description;
}
