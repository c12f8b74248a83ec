using System.Collections.Immutable;
using System.Text;

namespace Generator.Markdown.Shortcodes;

/// <summary>
/// Finds Hugo-style shortcode tags in a body's text, outside the ranges given (code spans and
/// blocks), with their arguments: <c>key="value"</c>, <c>key=value</c>, <c>key=`raw`</c>,
/// <c>"positional"</c> or <c>positional</c>. A tag that never ends (no <c>&gt;}}</c> or
/// <c>%}}</c>) or whose arguments cannot be read is returned as a problem at its place.
/// </summary>
public static class ShortcodeScanner
{
    public static (ImmutableArray<ShortcodeTag> Tags, ImmutableArray<(int Offset, string Message, string Hint)> Problems) Scan(string body, IReadOnlyList<(int Start, int End)> code)
    {
        var tags = ImmutableArray.CreateBuilder<ShortcodeTag>();
        var problems = ImmutableArray.CreateBuilder<(int, string, string)>();
        var at = 0;
        while ((at = body.IndexOf("{{", at, StringComparison.Ordinal)) >= 0)
        {
            if (at + 2 >= body.Length || body[at + 2] is not ('<' or '%') || InCode(at, code))
            {
                at += 2;
                continue;
            }

            var markdown = body[at + 2] == '%';
            var close = markdown ? "%}}" : ">}}";
            var end = body.IndexOf(close, at + 3, StringComparison.Ordinal);
            var next = body.IndexOf("{{", at + 3, StringComparison.Ordinal);
            if (end < 0 || (next >= 0 && next < end))
            {
                problems.Add((at, $"a shortcode tag is never closed with '{close}'", $"end the tag with {close} on the same line, e.g. {{{{{body[at + 2]} figure src=\"x.png\" alt=\"…\" {close}"));
                at += 3;
                continue;
            }

            var inside = body[(at + 3)..end];
            if (Read(inside, at + 3, markdown, at, end + 3 - at) is { } tag)
            {
                tags.Add(tag);
            }
            else
            {
                problems.Add((at, "this shortcode tag cannot be read", "write it as {{< name key=\"value\" >}}, with a name of letters, digits, '-' or '_' and each value in double quotes"));
            }

            at = end + 3;
        }

        return (tags.ToImmutable(), problems.ToImmutable());
    }

    private static bool InCode(int offset, IReadOnlyList<(int Start, int End)> code) =>
        code.Any(range => offset >= range.Start && offset < range.End);

    private static ShortcodeTag? Read(string inside, int offset, bool markdown, int start, int length)
    {
        var i = 0;
        Skip(inside, ref i);
        if (i < inside.Length && inside[i] == '-')
        {
            i++;
            Skip(inside, ref i);
        }

        var closing = i < inside.Length && inside[i] == '/';
        if (closing)
        {
            i++;
            Skip(inside, ref i);
        }

        var nameStart = i;
        while (i < inside.Length && (char.IsLetterOrDigit(inside[i]) || inside[i] is '-' or '_' or '.'))
        {
            i++;
        }

        if (i == nameStart)
        {
            return null;
        }

        var name = inside[nameStart..i];
        var rest = inside[i..].TrimEnd();
        if (rest.EndsWith('-'))
        {
            rest = rest[..^1].TrimEnd();
        }

        var selfClosing = !closing && rest.EndsWith('/');
        if (selfClosing)
        {
            rest = rest[..^1];
        }

        var arguments = Arguments(rest, offset + i);
        return arguments is null || (closing && arguments.Value.Length > 0)
            ? null
            : new ShortcodeTag(name, closing, selfClosing, markdown, arguments.Value, start, length);
    }

    /// <summary>The arguments in <paramref name="text"/>, or null when they cannot be read.</summary>
    private static ImmutableArray<ShortcodeArgument>? Arguments(string text, int offset)
    {
        var result = ImmutableArray.CreateBuilder<ShortcodeArgument>();
        var i = 0;
        while (true)
        {
            Skip(text, ref i);
            if (i >= text.Length)
            {
                return result.ToImmutable();
            }

            var start = i;
            string? name = null;
            if (char.IsLetter(text[i]) || text[i] == '_')
            {
                var j = i;
                while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '_'))
                {
                    j++;
                }

                if (j < text.Length && text[j] == '=')
                {
                    name = text[i..j];
                    i = j + 1;
                }
            }

            if (Value(text, ref i) is not { } value)
            {
                return null;
            }

            result.Add(new ShortcodeArgument(name, value, offset + start));
        }
    }

    private static string? Value(string text, ref int i)
    {
        if (i >= text.Length)
        {
            return null;
        }

        if (text[i] is '"' or '`')
        {
            var quote = text[i];
            var value = new StringBuilder();
            for (i++; i < text.Length; i++)
            {
                if (text[i] == quote)
                {
                    i++;
                    return value.ToString();
                }

                if (quote == '"' && text[i] == '\\' && i + 1 < text.Length)
                {
                    i++;
                }

                value.Append(text[i]);
            }

            return null;
        }

        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '`'))
        {
            i++;
        }

        return text[start..i];
    }

    private static void Skip(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
