using System.Text.Json.Nodes;
using Generator.EditorSchemas;
using Generator.Tests.Support;

namespace Generator.Tests.EditorSchemas;

/// <summary>
/// The schemas give the same verdicts in a draft-07 validator with JavaScript regular
/// expressions (ajv 6, as editors' YAML servers validate) as in JsonSchema.Net: on every content
/// file of the real site, and on front matters with each kind of mistake.
/// </summary>
public sealed class Draft07ValidatorTests
{
    [Fact]
    public void Ajv_and_JsonSchema_Net_agree_on_the_real_site_and_on_broken_front_matters()
    {
        var config = TestConfig.Read(File.ReadAllText(Path.Combine(Repo.Root, "input", "site.yml")));
        var agreementConfig = TestConfig.Read(CheckAgreementTests.SiteYml);
        var documents = new JsonArray();
        var expected = new Dictionary<string, bool>();
        var content = Path.Combine(Repo.Root, "input", "content");
        var realSite = new SchemaValidator(config);
        foreach (var path in Directory.GetFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(content, path).Replace('\\', '/');
            var (json, _) = FrontMatterJson.Read(File.ReadAllText(path));
            var type = FrontMatterVerdicts.TypeOf(json, relative, config);
            documents.Add(new JsonObject { ["name"] = relative, ["type"] = type, ["frontMatter"] = json?.DeepClone() });
            expected[relative] = realSite.Errors(type, json).IsEmpty;
        }

        var cases = new SchemaValidator(agreementConfig);
        foreach (var (name, (frontMatter, _)) in CheckAgreementTests.Cases)
        {
            var (json, _) = FrontMatterJson.Read($"---\n{frontMatter}\n---\n");
            var type = FrontMatterVerdicts.TypeOf(json, $"reports/{name}.en.md", agreementConfig);
            documents.Add(new JsonObject { ["name"] = "case " + name, ["type"] = "case-" + type, ["frontMatter"] = json?.DeepClone() });
            expected["case " + name] = cases.Errors(type, json).IsEmpty;
        }

        var schemas = new JsonObject();
        foreach (var schema in FrontMatterSchemaWriter.Write(config))
        {
            schemas[schema.TypeName] = JsonNode.Parse(schema.Text);
        }

        foreach (var schema in FrontMatterSchemaWriter.Write(agreementConfig))
        {
            // A schema of its own name: ajv keeps schemas by $id, and the two sites' types overlap.
            var node = JsonNode.Parse(schema.Text)!;
            node["$id"] = "https://example.org/cases/" + schema.FileName;
            schemas["case-" + schema.TypeName] = node;
        }

        using var temp = new TempDirectory();
        var file = temp.Write("cases.json", new JsonObject { ["schemas"] = schemas, ["documents"] = documents }.ToJsonString());

        var results = NodeTool.Run("validate-front-matter.js", file);

        var disagreements = expected
            .Where(e => results.GetProperty(e.Key).GetArrayLength() == 0 != e.Value)
            .Select(e => $"{e.Key}: JsonSchema.Net {(e.Value ? "valid" : "invalid")}, ajv {results.GetProperty(e.Key)}")
            .ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.Contains(expected, e => !e.Value);
        Assert.True(expected.Count(e => e.Value) > 200);
    }
}
