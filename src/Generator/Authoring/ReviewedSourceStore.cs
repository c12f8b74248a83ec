using System.Text;
using Generator.Content;
using Generator.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Authoring;

/// <summary>
/// The source texts translations were reviewed against, so that a later run can show what
/// changed in a source since: <c>input/.translations/&lt;sourceHash&gt;.md</c>, written by
/// <c>translations --review</c> and committed with the content.
/// <para>
/// Why this shape: a copy is named by the content hash the translation already records in its
/// front matter, so <c>sourceHash:</c> stays the one record of what was reviewed (and works as
/// before), the translation links to its copy with no other bookkeeping, renaming a file breaks
/// nothing, and the translations reviewed against the same version of a source share one copy.
/// No git history is needed (shallow clones and exported trees work). The folder sits outside
/// <c>content/</c> and <c>static/</c>, so the build neither reads nor publishes it. A copy is
/// Markdown with a small front matter, readable and diffable in review; it is used only when
/// its text still has the hash it is named by, so a copy edited by hand shows no wrong diff.
/// Copies that no translation refers to are removed at review (<see cref="Prune"/>); when two
/// branches are merged, a copy one of them removed may be gone, and the report then says that
/// no copy was kept rather than guess.
/// </para>
/// </summary>
public sealed class ReviewedSourceStore(IFileSystem fileSystem, string directory)
{
    /// <summary>The store's folder, inside the input folder.</summary>
    public const string FolderName = ".translations";

    private const string Comment = "# The source text as a translation was reviewed against it (written by `translations --review`).\n";

    public string Directory { get; } = directory;

    public static ReviewedSourceStore In(IFileSystem fileSystem, string inputDirectory) =>
        new(fileSystem, Path.Combine(inputDirectory, FolderName));

    /// <summary>Keeps a copy of <paramref name="text"/> under its hash, unless an identical one is there.</summary>
    public void Keep(SourceText text)
    {
        var path = PathOf(text.Hash);
        var bytes = Encoding.UTF8.GetBytes(Write(text));
        if (!fileSystem.FileExists(path) || !fileSystem.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            fileSystem.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>The kept copy of the source text with this hash, or null when none is kept (or it no longer has that hash).</summary>
    public SourceText? Find(string hash)
    {
        if (!IsHash(hash) || !fileSystem.FileExists(PathOf(hash)))
        {
            return null;
        }

        try
        {
            var text = Read(fileSystem.ReadAllBytes(PathOf(hash)));
            return text?.Hash == hash ? text : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // unreadable: as if none were kept
        }
    }

    /// <summary>Removes the copies whose hash is not in <paramref name="referenced"/>; other files are left alone. Returns the removed paths.</summary>
    public IReadOnlyList<string> Prune(IReadOnlySet<string> referenced)
    {
        if (!fileSystem.DirectoryExists(Directory))
        {
            return [];
        }

        var removed = new List<string>();
        foreach (var file in fileSystem.EnumerateFiles(Directory))
        {
            var name = Path.GetFileName(file);
            if (Path.GetDirectoryName(Path.GetFullPath(file)) == Path.GetFullPath(Directory)
                && name.EndsWith(".md", StringComparison.Ordinal) && IsHash(name[..^3]) && !referenced.Contains(name[..^3]))
            {
                fileSystem.DeleteFile(file);
                removed.Add(file);
            }
        }

        return removed;
    }

    private string PathOf(string hash) => Path.Combine(Directory, hash + ".md");

    private static bool IsHash(string value) => value.Length == 16 && value.All(char.IsAsciiHexDigitLower);

    private static string Write(SourceText text)
    {
        var mapping = new YamlMappingNode { { "title", Quoted(text.Title) } };
        if (text.Summary is not null)
        {
            mapping.Add("summary", Quoted(text.Summary));
        }

        var yaml = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(mapping)).Save(yaml, assignAnchors: false);
        var front = yaml.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        front = front.EndsWith("...\n", StringComparison.Ordinal) ? front[..^4] : front;
        return "---\n" + Comment + front + "---\n" + text.Body;
    }

    private static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

    private static SourceText? Read(byte[] bytes)
    {
        if (TextDecoder.Decode(bytes) is not { } decoded || FrontMatterBlock.Split(decoded) is not { Yaml: { } yaml } block)
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.SingleOrDefault()?.RootNode is not YamlMappingNode mapping
                || !mapping.Children.TryGetValue(new YamlScalarNode("title"), out var title) || title is not YamlScalarNode { Value: { } titleText })
            {
                return null;
            }

            var summary = mapping.Children.TryGetValue(new YamlScalarNode("summary"), out var node) ? (node as YamlScalarNode)?.Value : null;
            return new SourceText(titleText, summary, block.Body);
        }
        catch (YamlException)
        {
            return null;
        }
    }
}
