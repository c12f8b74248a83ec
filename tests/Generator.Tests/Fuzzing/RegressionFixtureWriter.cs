using System.Collections.Immutable;
using System.Security.Cryptography;
using Generator.Tests.Support;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// Saves a failing generated site as a regression fixture, <c>fixtures/fuzz/&lt;name&gt;/</c> with
/// its <c>input/</c> and <c>theme/</c> as files and a <c>case.txt</c> that says how it was found,
/// and reads such a folder back. <see cref="FuzzRegressionTests"/> builds every saved fixture.
/// </summary>
public static class RegressionFixtureWriter
{
    public const string CaseFile = "case.txt";

    /// <summary>A fixture whose failure is known and not fixed yet holds this file, saying why; the always-run theory leaves it out.</summary>
    public const string KnownFailureFile = "known-failure.txt";

    public static string Directory => Repo.Fixture("fuzz");

    /// <summary>Saves <paramref name="site"/>; returns the fixture's folder relative to the repository, or null when it could not be written.</summary>
    public static string? Save(FuzzSite site, string seed, string failure)
    {
        var name = "case-" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(site.ToString())))[..10];
        var folder = Path.Combine(Directory, name);
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        if (!site.TryWriteTo(folder))
        {
            return null;
        }

        File.WriteAllText(Path.Combine(folder, CaseFile), $"Found by SiteFuzzTests; replay with FUZZ_SEED={seed}\nsteps: {string.Join("; ", site.Steps)}\n\n{failure}\n");
        return Path.GetRelativePath(Repo.Root, folder);
    }

    /// <summary>The site saved in <paramref name="folder"/>: every file under its input/ and theme/.</summary>
    public static FuzzSite Load(string folder)
    {
        var files = System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => p.StartsWith("input/", StringComparison.Ordinal) || p.StartsWith("theme/", StringComparison.Ordinal))
            .ToImmutableSortedDictionary(p => p, p => File.ReadAllBytes(Path.Combine(folder, p)), StringComparer.Ordinal);
        return FuzzSite.Empty with { Files = files, Steps = ["saved fixture " + Path.GetFileName(folder)] };
    }
}
