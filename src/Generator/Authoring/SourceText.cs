using Generator.Content;

namespace Generator.Authoring;

/// <summary>What a translator translates: a document's title, summary and Markdown body (LF line ends).</summary>
public sealed record SourceText(string Title, string? Summary, string Body)
{
    /// <summary>The content hash translations record as <c>sourceHash</c>.</summary>
    public string Hash => ContentHasher.Hash(Title, Summary, Body);

    /// <summary>The document's text as it is now, or null when its bytes were not kept.</summary>
    public static SourceText? Of(ParsedDocument document)
    {
        if (document.Source.Bytes is not { } bytes || TextDecoder.Decode(bytes) is not { } text)
        {
            return null;
        }

        var source = new SourceText(document.FrontMatter.Title, document.FrontMatter.Summary, FrontMatterBlock.Split(text).Body);
        return source.Hash == document.ContentHash ? source : null;
    }
}
