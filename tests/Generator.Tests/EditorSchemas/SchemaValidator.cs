using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Generator.Configuration;
using Generator.EditorSchemas;
using Json.Schema;

namespace Generator.Tests.EditorSchemas;

/// <summary>The schemas of a site's page types, built with JsonSchema.Net (draft 2020-12), to validate front matter with.</summary>
public sealed class SchemaValidator
{
    private readonly ImmutableDictionary<string, JsonSchema> _schemas;

    public SchemaValidator(SiteConfig config)
        : this(FrontMatterSchemaWriter.Write(config))
    {
    }

    public SchemaValidator(IEnumerable<TypeSchema> schemas)
    {
        // A registry of its own: every site names its schemas by its base URL, and fixtures share one.
        _schemas = schemas.ToImmutableDictionary(s => s.TypeName, s => JsonSchema.FromText(s.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
    }

    /// <summary>The errors of a front matter against its type's schema, each with its place; none when it is valid.</summary>
    public ImmutableArray<string> Errors(string type, JsonNode? frontMatter)
    {
        var element = JsonSerializer.SerializeToElement(frontMatter);
        var results = _schemas[type].Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid")];
    }
}
