using System.Text.Encodings.Web;
using System.Text.Json;
using Generator.Linking;
using Generator.Model;

namespace Generator.Publishing;

/// <summary>
/// The knowledge graph as data, one file per language (<c>/{lang}/graph.json</c>): nodes (id,
/// kind, title, url, lang) for every document with a page in that language, and the edges
/// between them (source, target, kind). Ordered, so equal input gives equal bytes.
/// </summary>
public static class GraphJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(SiteModel model, LinkGraph graph, string language)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            var nodes = model.Groups.Keys.Where(key => model.LinkTarget(key, language) is not null).ToHashSet(StringComparer.Ordinal);
            json.WriteStartObject();
            json.WriteString("language", language);
            json.WriteStartArray("nodes");
            foreach (var key in model.Groups.Keys.Where(nodes.Contains))
            {
                var page = model.LinkTarget(key, language)!;
                json.WriteStartObject();
                json.WriteString("id", key);
                json.WriteString("kind", Kind(model.Group(key)!, model.Config.Model));
                json.WriteString("title", page.Title);
                json.WriteString("url", page.Url);
                json.WriteString("lang", page.ContentLanguage);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("edges");
            foreach (var edge in graph.Edges.Where(e => nodes.Contains(e.Source) && nodes.Contains(e.Target)))
            {
                json.WriteStartObject();
                json.WriteString("source", edge.Source);
                json.WriteString("target", edge.Target);
                json.WriteString("kind", edge.Kind);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string Kind(TranslationGroup group, Configuration.Schema.ContentModel model) =>
        group.Source.Path.IsHome ? "home"
        : group.Source.Path.IsIndex ? "section"
        : model.TypeOrPlain(group.Type).Noun;
}
