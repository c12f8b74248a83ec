namespace Generator.Tests.Fuzzing;

/// <summary>Where a generated site was written and built: the site folder (input/ and theme/), the output folder, and the folder diagnostics are relative to.</summary>
public sealed record SiteFolders(string Site, string Output, string DisplayRoot)
{
    public string Input => Path.Combine(Site, "input");

    public string Theme => Path.Combine(Site, "theme");
}
