using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// The engine's folders depend on each other in one direction only: a folder may use the folders
/// before it in <see cref="Order"/>, never one after it, so no stage reaches into a later stage,
/// the tools or the build, and there is no cycle between folders. Read from the source text:
/// <c>using Generator.X</c>, and names qualified by a later folder's namespace
/// (<c>Generator.X.Type</c>, or <c>X.Type</c> for a type the folder declares).
/// </summary>
public sealed partial class StageDependencyTests
{
    /// <summary>The folders of src/Generator, each allowed to use only those before it.</summary>
    private static readonly string[] Order =
    [
        // What every stage may use.
        "Diagnostics", "IO", "Dates", "Yaml",

        // The stages, in the order a build runs them. Markdown knows nothing of the site (as
        // Markdig does not): the parse stage in Content uses it, and its parsed documents hold its
        // compiled bodies, so it comes before Content.
        "Configuration", "Markdown", "Content", "Validation", "Model", "Linking", "Rendering", "Publishing",

        // Tools over the stages, for the commands new, translations and schema.
        "Authoring", "EditorSchemas",

        // The sequence of stages: it may use every folder, and none uses it.
        "Build",
    ];

    /// <summary>
    /// The only references to a later folder, each a type that depends on nothing else. They are
    /// written qualified (no <c>using</c>), so that nothing else of that folder is used unnoticed.
    /// </summary>
    private static readonly (string From, string Type, string Why)[] Allowed =
    [
        ("Configuration", "Content.TextDecoder", "site.yml is read as every author file is (BOM, CRLF); the type keeps the namespace its callers name"),
        ("Configuration", "Content.Slugifier", "section segments and taxonomy names must be slugs as URLs make them; the type keeps the namespace its callers name"),
        ("Configuration", "Content.FrontMatterKeys", "taxonomies may not take the names of the built-in front matter keys; the type keeps the namespace its callers name"),
    ];

    private static string Engine => Path.Combine(Repo.Root, "src", "Generator");

    [Fact]
    public void Every_folder_of_the_engine_has_its_place_in_the_order()
    {
        var folders = Directory.GetDirectories(Engine).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);

        Assert.Equal(Order.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void Every_file_is_in_the_namespace_of_its_folder()
    {
        var misplaced = Sources().Where(s => !NamespaceRegex().Matches(s.Text).All(m => m.Groups[1].Value == s.Folder))
            .Select(s => s.Path).ToList();

        Assert.True(misplaced.Count == 0, "files outside their folder's namespace:\n" + string.Join("\n", misplaced));
    }

    [Fact]
    public void No_folder_uses_a_later_one()
    {
        var types = Order.ToDictionary(f => f, DeclaredNames, StringComparer.Ordinal);
        var offenders = new List<string>();
        var used = new HashSet<(string, string)>();
        foreach (var source in Sources())
        {
            var code = WithoutComments(source.Text);
            foreach (var later in Order.Skip(Array.IndexOf(Order, source.Folder) + 1))
            {
                foreach (var reference in References(code, later, types[later]))
                {
                    if (Allowed.Any(a => a.From == source.Folder && a.Type == reference))
                    {
                        used.Add((source.Folder, reference));
                        continue;
                    }

                    offenders.Add($"{source.Path}: {source.Folder} uses {later} ({reference})");
                }
            }
        }

        Assert.True(offenders.Count == 0, "a folder uses one that comes after it (see StageDependencyTests.Order):\n" + string.Join("\n", offenders.Distinct()));
        var unused = Allowed.Where(a => !used.Contains((a.From, a.Type))).Select(a => $"{a.From} -> {a.Type}").ToList();
        Assert.True(unused.Count == 0, "allowed references no longer made; remove them from StageDependencyTests.Allowed:\n" + string.Join("\n", unused));
    }

    [Fact]
    public void The_check_finds_each_way_of_naming_a_later_folder()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "BuildCache", "Promises" };
        const string code = """
            using Generator.Build;
            using static Generator.Build.Helpers;
            var a = new Build.BuildCache();
            var b = Generator.Build.Other.Make();
            var c = Publishing.Promises.UrlRecord.FileName;
            var d = options.Build.BuildCache;
            var e = Build.NotAType;
            """;

        Assert.Equal(["using Generator.Build", "Generator.Build.Helpers", "Build.BuildCache", "Generator.Build.Other"], References(code, "Build", names));
        Assert.Equal(["Publishing.Promises"], References(code, "Publishing", names));
    }

    /// <summary>The ways <paramref name="code"/> names folder <paramref name="folder"/>, in the order found.</summary>
    private static List<string> References(string code, string folder, IReadOnlySet<string> declared)
    {
        var found = new List<string>();
        foreach (Match line in UsingRegex().Matches(code))
        {
            if (line.Groups[1].Value == folder)
            {
                found.Add(line.Groups[0].Value.Contains("static", StringComparison.Ordinal) ? $"Generator.{folder}.{line.Groups[2].Value}" : $"using Generator.{folder}");
            }
        }

        var body = UsingRegex().Replace(code, string.Empty);
        foreach (Match name in new Regex($@"(?<![\w.])(Generator\.)?{folder}\.(\w+)").Matches(body))
        {
            if (name.Groups[1].Success || declared.Contains(name.Groups[2].Value))
            {
                found.Add(name.Groups[0].Value);
            }
        }

        return found.Distinct().ToList();
    }

    /// <summary>The types a folder declares, and the names of its subfolders (namespaces of their own).</summary>
    private static IReadOnlySet<string> DeclaredNames(string folder)
    {
        var root = Path.Combine(Engine, folder);
        var names = Directory.GetDirectories(root, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            names.UnionWith(DeclarationRegex().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value));
        }

        return names;
    }

    private static IEnumerable<(string Folder, string Path, string Text)> Sources() =>
        from folder in Order
        from file in Directory.GetFiles(Path.Combine(Engine, folder), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        select (folder, Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'), File.ReadAllText(file));

    /// <summary>The code without its comments (a string or character that holds <c>//</c> or a quote is kept as it is).</summary>
    private static string WithoutComments(string code) => CommentRegex().Replace(code, m => m.Groups[1].Value);

    [GeneratedRegex(@"^\s*using\s+(?:static\s+)?(?:\w+\s*=\s*)?Generator\.(\w+)(?:\.(\w+))?[\w.]*\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingRegex();

    [GeneratedRegex(@"^\s*namespace\s+Generator\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceRegex();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex DeclarationRegex();

    [GeneratedRegex(@"(@""(?:[^""]|"""")*""|""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)+')|//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CommentRegex();
}
