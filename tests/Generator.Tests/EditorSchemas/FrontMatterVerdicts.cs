using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Generator.Build;
using Generator.Cli.Commands;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.EditorSchemas;

/// <summary>
/// For each content file of a site: what <c>check</c> says of its front matter (the codes of the
/// mistakes a schema can see) and what the schema of its type says, to compare them.
/// </summary>
public static class FrontMatterVerdicts
{
    /// <summary>The codes of front-matter mistakes a schema describes: title, dates, values of the wrong kind, unknown keys, keys of another type, required fields, unknown types.</summary>
    public static readonly ImmutableHashSet<string> SchemaCodes =
    [
        DiagnosticCodes.TitleMissing, DiagnosticCodes.InvalidDate, DiagnosticCodes.InvalidValue, DiagnosticCodes.UnknownFrontMatterKey,
        DiagnosticCodes.KeyNotForType, DiagnosticCodes.RequiredFieldMissing, DiagnosticCodes.UnknownType,
    ];

    public sealed record Verdict(string File, string Type, ImmutableArray<string> CheckCodes, ImmutableArray<string> SchemaErrors)
    {
        public bool Agree => CheckCodes.IsEmpty == SchemaErrors.IsEmpty;

        public override string ToString() =>
            $"{File} ({Type}): check [{string.Join(", ", CheckCodes)}], schema [{string.Join("; ", SchemaErrors)}]";
    }

    /// <summary>
    /// Every Markdown file of the site whose front matter is YAML that an editor can read (files
    /// with none, an unclosed one or malformed YAML are left out: editors flag those themselves).
    /// </summary>
    public static ImmutableArray<Verdict> Of(string siteDirectory, string? themeDirectory = null)
    {
        var input = Path.Combine(siteDirectory, "input");
        var config = TestConfig.Read(File.ReadAllText(Path.Combine(input, "site.yml")));
        var options = new BuildOptions
        {
            InputDirectory = input,
            ThemeDirectory = themeDirectory ?? Path.Combine(siteDirectory, "theme"),
            WriteOutput = false,
            DisplayRoot = siteDirectory,
            Parallelism = 2,
        };
        var diagnostics = CheckCommand.Check(new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)), options, CancellationToken.None);
        var validator = new SchemaValidator(config);
        var content = Path.Combine(input, "content");
        var verdicts = ImmutableArray.CreateBuilder<Verdict>();
        foreach (var path in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(siteDirectory, path).Replace('\\', '/');
            var (json, problem) = FrontMatterJson.Read(File.ReadAllText(path));
            var codes = diagnostics.Where(d => d.File == file).Select(d => d.Code).ToList();
            if (problem is not null || codes.Contains(DiagnosticCodes.FrontMatterSyntax))
            {
                continue;
            }

            var type = TypeOf(json, Path.GetRelativePath(content, path).Replace('\\', '/'), config);
            verdicts.Add(new Verdict(file, type, [.. codes.Where(SchemaCodes.Contains).Distinct().Order(StringComparer.Ordinal)], validator.Errors(type, json)));
        }

        return verdicts.ToImmutable();
    }

    /// <summary>The page's type as the generator takes it: its front matter's <c>type</c> (in any case) when the site declares it, else its section's.</summary>
    public static string TypeOf(JsonNode? frontMatter, string contentRelativePath, SiteConfig config)
    {
        var section = ContentPath.Parse(contentRelativePath, config).Section;
        var written = (frontMatter as JsonObject)?.FirstOrDefault(p => FrontMatterKeys.Fold(p.Key) == FrontMatterKeys.Type).Value;
        var declared = written is JsonValue value && value.TryGetValue<string>(out var name) ? config.Model.Type(name.Trim())?.Name : null;
        return declared ?? config.TypeOf(section);
    }
}
