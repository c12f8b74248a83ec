using Generator.Content;
using Generator.Diagnostics;
using Markdig.Syntax;

namespace Generator.Linking;

/// <summary>Maps a Markdig node's 0-based position in the body to the author's file.</summary>
public static class SourcePositions
{
    public static SourceRef Of(MarkdownObject node, ParsedDocument document) =>
        new(document.File, new SourcePosition(document.BodyFirstLine + node.Line, node.Column + 1));
}
