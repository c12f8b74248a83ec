using System.Text;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>A heading's text without markup, as a table of contents lists it.</summary>
public static class HeadingText
{
    public static string Of(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case WikiLinkInline wiki:
                builder.Append(wiki.Label ?? wiki.Target);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
