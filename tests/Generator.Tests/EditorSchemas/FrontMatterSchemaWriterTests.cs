using System.Text.Json;
using System.Text.Json.Nodes;
using Generator.Content;
using Generator.EditorSchemas;
using Generator.Tests.Support;
using Json.Schema;

namespace Generator.Tests.EditorSchemas;

/// <summary>What the schema of a type holds, and how its file is written.</summary>
public sealed class FrontMatterSchemaWriterTests
{
    private const string SiteYml = """
        baseUrl: https://example.org/docs/
        languages:
          en: { name: English }
        types:
          report:
            fields:
              status: { type: enum, values: [draft, adopted], required: true }
              level: { type: enum, values: ["1", "yes", "null", "2.5"], default: "1" }
              owner: { type: text, required: true, default: nobody }
              score: { type: number, default: "2.5" }
              lead: { type: reference, to: person }
            relations:
              supersedes: { to: report }
          person: { kind: entity, fields: { role: { type: text } } }
        relations:
          people: { to: person }
          status: {}
        sections:
          reports: { type: report }

        """;

    private static JsonObject Schema(string type, string siteYml = SiteYml) =>
        JsonNode.Parse(FrontMatterSchemaWriter.Write(TestConfig.Read(siteYml)).Single(s => s.TypeName == type).Text)!.AsObject();

    [Fact]
    public void Each_type_of_the_model_gets_one_file_named_after_it_including_root_pages_and_term_pages()
    {
        var schemas = FrontMatterSchemaWriter.Write(TestConfig.Read(SiteYml));

        Assert.Equal(["report", "person", "page", "term"], schemas.Select(s => s.TypeName));
        Assert.Equal(["report.schema.json", "person.schema.json", "page.schema.json", "term.schema.json"], schemas.Select(s => s.FileName));
    }

    [Fact]
    public void A_schema_is_draft_2020_12_with_an_id_title_and_description_and_refuses_keys_its_type_does_not_have()
    {
        var schema = Schema("report");

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal("https://example.org/docs/schemas/report.schema.json", (string?)schema["$id"]);
        Assert.Equal("Front matter of type 'report'", (string?)schema["title"]);
        Assert.Contains("schema", (string?)schema["description"]);
        Assert.False((bool)schema["additionalProperties"]!);
        Assert.Equal(["title", "status"], schema["allOf"]!.AsArray().Select(n => (string?)n!["then"]!["required"]![0]));
    }

    [Fact]
    public void Keys_are_taken_in_any_case_of_their_letters_and_a_required_key_in_any_of_its_spellings()
    {
        var validator = new SchemaValidator(TestConfig.Read(SiteYml));
        JsonNode Front(string json) => JsonNode.Parse(json)!;

        Assert.Empty(validator.Errors("report", Front("""{"Title": "T", "STATUS": "draft", "Date": "2019-06"}""")));
        Assert.NotEmpty(validator.Errors("report", Front("""{"Title": "T", "Status": "final"}""")));
        Assert.NotEmpty(validator.Errors("report", Front("""{"DATE": "June 2019", "title": "T", "status": "draft"}""")));
        Assert.Contains(validator.Errors("report", Front("""{"status": "draft"}""")), e => e.Contains("title", StringComparison.Ordinal));
        Assert.NotEmpty(validator.Errors("report", Front("""{"Titles": "T", "status": "draft"}""")));
        Assert.Equal("^(?!title$)[Tt][Ii][Tt][Ll][Ee]$", Schema("report")["patternProperties"]!.AsObject().First().Key);
    }

    [Fact]
    public void Hugos_description_lastmod_and_url_are_keys_and_a_year_or_month_is_a_date()
    {
        var validator = new SchemaValidator(TestConfig.Read(SiteYml));
        JsonNode Front(string json) => JsonNode.Parse(json)!;

        Assert.Empty(validator.Errors("report", Front("""{"title": "T", "status": "draft", "description": "D", "lastmod": 2019, "url": "/fr/a-propos/", "date": "2019-06"}""")));
        Assert.NotEmpty(validator.Errors("report", Front("""{"title": "T", "status": "draft", "lastmod": 19}""")));
        Assert.NotEmpty(validator.Errors("report", Front("""{"title": "T", "status": "draft", "url": "/about.html"}""")));
    }

    [Fact]
    public void The_generators_keys_come_first_then_taxonomies_then_fields_then_relations_as_site_yml_declares_them()
    {
        var keys = Schema("report")["properties"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Equal([.. FrontMatterKeys.All, .. FrontMatterKeys.Synonyms.Keys, "tags", "status", "level", "owner", "score", "lead", "people", "supersedes"], keys);
        Assert.Equal([.. FrontMatterKeys.All, .. FrontMatterKeys.Synonyms.Keys, "tags", "role", "people", "status"], Schema("person")["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void A_key_that_is_a_field_of_another_type_is_read_as_that_field_even_where_it_is_a_relation()
    {
        // The parser reads 'status' as the report's enum field on any page, before the relation every type has.
        var status = Schema("person")["properties"]!["status"]!;

        Assert.NotNull(status["enum"]);
    }

    [Fact]
    public void Enum_values_an_editor_reads_as_numbers_booleans_or_null_are_allowed_in_that_form_too_and_defaults_are_typed()
    {
        var properties = Schema("report")["properties"]!;

        Assert.Equal("""["1",1,"yes","null",null,"2.5",2.5,"",null]""", properties["level"]!["enum"]!.ToJsonString());
        Assert.Equal("1", properties["level"]!["default"]!.ToJsonString());
        Assert.Equal("2.5", properties["score"]!["default"]!.ToJsonString());
        Assert.Equal("\"nobody\"", properties["owner"]!["default"]!.ToJsonString());
        Assert.Equal("""["report","person","page","term"]""", properties["type"]!["enum"]!.ToJsonString());
    }

    [Fact]
    public void Without_declared_types_any_type_name_is_allowed_and_relations_are_unknown_keys()
    {
        var schema = Schema("news", "baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\nsections:\n  news: { type: news }\n");

        Assert.Null(schema["properties"]!["type"]!["enum"]);
        Assert.Equal([.. FrontMatterKeys.All, .. FrontMatterKeys.Synonyms.Keys, "tags"], schema["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void A_field_that_is_not_required_may_be_left_empty_and_a_required_one_may_not()
    {
        var properties = Schema("report")["properties"]!;

        Assert.Equal("""["string","number","boolean","null"]""", properties["lead"]!["type"]!.ToJsonString());
        Assert.Null(properties["lead"]!["minLength"]);
        Assert.Equal("""["number","string","null"]""", properties["score"]!["type"]!.ToJsonString());
        Assert.StartsWith("^$|", (string?)properties["score"]!["pattern"]);
        Assert.Equal("""["draft","adopted"]""", properties["status"]!["enum"]!.ToJsonString());
        Assert.Equal("""["string","number","boolean","null"]""", properties["owner"]!["type"]!.ToJsonString()); // required, with a default
    }

    [Fact]
    public void Every_schema_is_valid_against_the_2020_12_meta_schema()
    {
        foreach (var file in FrontMatterSchemaWriter.Write(TestConfig.Read(SiteYml)))
        {
            var result = MetaSchemas.Draft202012.Evaluate(JsonDocument.Parse(file.Text).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

            Assert.True(result.IsValid, file.FileName);
        }
    }

    [Fact]
    public void The_text_is_deterministic_indented_with_two_spaces_with_LF_and_a_final_newline()
    {
        var first = FrontMatterSchemaWriter.Write(TestConfig.Read(SiteYml));
        var second = FrontMatterSchemaWriter.Write(TestConfig.Read(SiteYml));

        Assert.Equal(first.Select(s => s.Text), second.Select(s => s.Text));
        var text = first[0].Text;
        Assert.StartsWith("{\n  \"$schema\": ", text);
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain("\r", text);
        Assert.Contains("intégration", text); // written as it is, not escaped
    }
}
