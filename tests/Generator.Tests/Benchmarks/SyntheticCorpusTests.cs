using System.Security.Cryptography;
using System.Text;
using Generator.Benchmarks;
using Generator.Tests.Support;

namespace Generator.Tests.Benchmarks;

/// <summary>
/// The benchmark's corpus is the same bytes for the same arguments, in every process: both
/// sides of a comparison, and every later run of the command, build the same site.
/// </summary>
public sealed class SyntheticCorpusTests
{
    [Fact]
    public void The_corpus_is_the_same_bytes_in_every_process()
    {
        using var folder = new TempDirectory();
        SyntheticCorpus.Write(folder.Path, groups: 12);

        var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            digest.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder.Path, file).Replace('\\', '/') + "\n"));
            digest.AppendData(File.ReadAllBytes(file));
        }

        // A constant, not a second write in this process: a seed that differed between processes would not show otherwise.
        Assert.Equal("ee109aca4f620f6e78b3f13e8181d94a2858bb5e4f0cacb697aa8beaa1f83a07", Convert.ToHexStringLower(digest.GetHashAndReset()));
    }
}
