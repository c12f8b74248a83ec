using System.Text;

namespace Generator.Tests.Support;

/// <summary>
/// Compares a built folder with a committed expected folder, file by file and byte for byte.
/// Set UPDATE_GOLDEN=1 to rewrite the expected folder from the actual output (then review the diff).
/// Two outputs of one run (a full build and a rebuild, say) are compared with <see cref="AssertSame"/>,
/// which UPDATE_GOLDEN never touches.
/// </summary>
public static class GoldenDirectory
{
    public static void AssertMatches(string expectedDirectory, string actualDirectory)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(expectedDirectory)) Directory.Delete(expectedDirectory, recursive: true);
            CopyAll(actualDirectory, expectedDirectory);
            return;
        }

        AssertSame(expectedDirectory, actualDirectory);
    }

    /// <summary>Two folders hold the same files with the same bytes; nothing is ever rewritten.</summary>
    public static void AssertSame(string expectedDirectory, string actualDirectory)
    {
        var expected = Files(expectedDirectory);
        var actual = Files(actualDirectory);
        var problems = new StringBuilder();
        foreach (var missing in expected.Except(actual)) problems.AppendLine("missing from output: " + missing);
        foreach (var extra in actual.Except(expected)) problems.AppendLine("not expected: " + extra);
        foreach (var file in expected.Intersect(actual))
        {
            var a = File.ReadAllBytes(Path.Combine(expectedDirectory, file));
            var b = File.ReadAllBytes(Path.Combine(actualDirectory, file));
            if (!a.AsSpan().SequenceEqual(b))
            {
                problems.AppendLine($"differs: {file}\n{FirstDifference(Encoding.UTF8.GetString(a), Encoding.UTF8.GetString(b))}");
            }
        }

        Assert.True(expected.Count > 0, expectedDirectory + " is empty");
        Assert.True(problems.Length == 0, "Output differs from " + expectedDirectory + ":\n" + problems);
    }

    public static SortedSet<string> Files(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/')), StringComparer.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right) return $"  line {i + 1}:\n  expected: {left}\n  actual:   {right}";
        }

        return "  (line endings differ)";
    }

    private static void CopyAll(string from, string to)
    {
        foreach (var file in Files(from))
        {
            var target = Path.Combine(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(from, file), target);
        }
    }
}
