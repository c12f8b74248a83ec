using System.Text;
using Generator.EditorSchemas;
using Generator.Tests.Support;

namespace Generator.Tests.EditorSchemas;

/// <summary>
/// The real site's schemas: every content file's front matter is valid against its type's, and
/// the committed <c>.vscode/schemas/</c> and <c>.vscode/settings.json</c> are what the
/// <c>schema</c> command writes from <c>input/site.yml</c> today.
/// </summary>
public sealed class RealSiteSchemaTests
{
    private static readonly string Input = Path.Combine(Repo.Root, "input");

    [Fact]
    public void Every_content_file_of_the_real_site_is_valid_against_its_type_schema()
    {
        var config = TestConfig.Read(File.ReadAllText(Path.Combine(Input, "site.yml")));
        var validator = new SchemaValidator(config);
        var content = Path.Combine(Input, "content");
        var files = Directory.GetFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        foreach (var path in files)
        {
            var (json, problem) = FrontMatterJson.Read(File.ReadAllText(path));
            var relative = Path.GetRelativePath(content, path).Replace('\\', '/');
            var errors = problem is null ? validator.Errors(FrontMatterVerdicts.TypeOf(json, relative, config), json) : [problem];
            problems.AddRange(errors.Select(e => $"{relative}: {e}"));
        }

        Assert.True(files.Count > 200, $"only {files.Count} content files found");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_committed_schemas_and_editor_settings_are_up_to_date_with_site_yml()
    {
        var config = TestConfig.Read(File.ReadAllText(Path.Combine(Input, "site.yml")));
        var schemas = Path.Combine(Repo.Root, ".vscode", "schemas");
        var settings = Path.Combine(Repo.Root, ".vscode", "settings.json");

        var (files, problem) = EditorSchemaPlan.Make(config, Input, schemas, settings, File.Exists(settings) ? File.ReadAllText(settings) : null);

        Assert.Null(problem);
        var stale = files.Where(f => !File.Exists(f.Path) || !File.ReadAllBytes(f.Path).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(f.Text)))
            .Select(f => Path.GetRelativePath(Repo.Root, f.Path)).ToList();
        var extra = Directory.Exists(schemas)
            ? Directory.GetFiles(schemas).Where(f => files.All(p => Path.GetFullPath(p.Path) != Path.GetFullPath(f))).Select(f => Path.GetRelativePath(Repo.Root, f)).ToList()
            : [];
        Assert.True(stale.Count == 0 && extra.Count == 0,
            $"out of date with input/site.yml: {string.Join(", ", stale.Concat(extra.Select(e => e + " (no such type)")))}; run the generator's 'schema' command from the repository's root and commit the result");
    }
}
