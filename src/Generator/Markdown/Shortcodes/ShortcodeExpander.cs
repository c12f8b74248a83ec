using System.Collections.Immutable;
using System.Text;
using Generator.Diagnostics;

namespace Generator.Markdown.Shortcodes;

/// <summary>
/// Checks a body's shortcode tags against the shortcodes the site has and marks them for
/// Markdig: each tag is replaced by a marker padded to its length (a tag alone on its lines by
/// a marker line and blank lines), so every other position in the text is unchanged. A
/// <c>ref</c> or <c>relref</c> becomes a <c>ref:</c> link destination that links resolve like a
/// wikilink. Every mistake (an unknown shortcode, a missing required parameter, an unknown one,
/// a tag never closed or closed without being opened, inner text where none is taken) is
/// reported at its place, and the tag is left out.
/// </summary>
public sealed class ShortcodeExpander(ShortcodeSet shortcodes)
{
    public const string RefScheme = "ref:";

    public (string Text, ImmutableArray<ShortcodeCall> Calls) Expand(string body, ImmutableArray<ShortcodeTag> tags, Func<int, SourcePosition> at, List<(SourcePosition Where, bool Error, string Message, string Hint)> problems)
    {
        var text = new StringBuilder(body);
        var calls = ImmutableArray.CreateBuilder<ShortcodeCall>();
        var open = new Stack<(ShortcodeTag Tag, int Call)>();
        var skipped = new HashSet<int>();
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (skipped.Contains(i))
            {
                Blank(text, tag);
                continue;
            }

            if (tag.Closing)
            {
                if (open.Count > 0 && open.Peek().Tag.Name == tag.Name)
                {
                    var (_, call) = open.Pop();
                    Mark(text, body, tag, ShortcodeMarkers.Close, call);
                }
                else
                {
                    problems.Add((at(tag.Start), true, $"'{{{{< /{tag.Name} >}}}}' closes a shortcode that is not open",
                        open.Count > 0 ? $"close '{open.Peek().Tag.Name}' first: shortcodes nest" : $"open it with {{{{< {tag.Name} >}}}} before, or remove it"));
                    Blank(text, tag);
                }

                continue;
            }

            if (ShortcodeSet.LinkShortcodes.Contains(tag.Name) && shortcodes.Find(tag.Name) is null)
            {
                Reference(text, body, tag, at, problems);
                continue;
            }

            if (shortcodes.Broken(tag.Name) is { } template)
            {
                problems.Add((at(tag.Start), true, $"the shortcode '{tag.Name}' cannot be used: its template's header has errors", $"mend the header of {template}"));
                Blank(text, tag);
                Skip(tags, i, skipped);
                continue;
            }

            if (shortcodes.Find(tag.Name) is not { } definition)
            {
                var suggestion = DidYouMean.Suggest(tag.Name, shortcodes.Names);
                problems.Add((at(tag.Start), true, $"unknown shortcode '{DiagnosticText.Quote(tag.Name)}'",
                    suggestion is not null ? $"did you mean '{suggestion}'?" : "the shortcodes are: " + string.Join(", ", shortcodes.Names) + "; add yours as input/shortcodes/" + tag.Name + ".html"));
                Blank(text, tag);
                Skip(tags, i, skipped);
                continue;
            }

            var arguments = Arguments(definition, tag, at, problems);
            var closed = !tag.SelfClosing && HasClosing(tags, i, tag.Name);
            if (closed && definition.Inner == ShortcodeInner.None)
            {
                problems.Add((at(tag.Start), true, $"the shortcode '{tag.Name}' takes no inner text", $"write it on its own, as {{{{< {tag.Name} … >}}}}, without {{{{< /{tag.Name} >}}}}"));
            }
            else if (!closed && definition.Inner == ShortcodeInner.Required)
            {
                problems.Add((at(tag.Start), true, $"the shortcode '{tag.Name}' is never closed", $"end its text with {{{{< /{tag.Name} >}}}}"));
                Blank(text, tag);
                continue;
            }

            if (arguments is null)
            {
                Blank(text, tag);
                Skip(tags, i, skipped);
                continue;
            }

            var number = calls.Count;
            calls.Add(new ShortcodeCall(tag.Name, arguments.Value, closed, at(tag.Start)));
            if (closed)
            {
                open.Push((tag, number));
                Mark(text, body, tag, ShortcodeMarkers.Open, number);
            }
            else
            {
                Mark(text, body, tag, ShortcodeMarkers.Call, number);
            }
        }

        foreach (var (tag, _) in open)
        {
            problems.Add((at(tag.Start), true, $"the shortcode '{tag.Name}' is never closed", $"end its text with {{{{< /{tag.Name} >}}}}"));
        }

        return (text.ToString(), calls.ToImmutable());
    }

    /// <summary>The call's arguments by parameter name, or null after reporting a missing required one.</summary>
    private static ImmutableArray<KeyValuePair<string, string?>>? Arguments(ShortcodeDefinition definition, ShortcodeTag tag, Func<int, SourcePosition> at, List<(SourcePosition, bool, string, string)> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var argument in tag.Arguments)
        {
            var name = argument.Name ?? (position < definition.Parameters.Length ? definition.Parameters[position].Name : null);
            position += argument.Name is null ? 1 : 0;
            if (!definition.Declared && name is not null)
            {
                values[name] = argument.Value;
                continue;
            }

            if (name is null || definition.Parameter(name) is null)
            {
                var known = definition.Parameters.Select(p => p.Name).ToList();
                var suggestion = name is null ? null : DidYouMean.Suggest(name, known);
                problems.Add((at(argument.Start), false, name is null ? $"the shortcode '{tag.Name}' takes no more than {known.Count} values without a name" : $"the shortcode '{tag.Name}' has no parameter '{DiagnosticText.Quote(name)}'; it is ignored",
                    suggestion is not null ? $"did you mean '{suggestion}'?" : known.Count == 0 ? "it takes no parameters" : "its parameters are: " + string.Join(", ", known)));
                continue;
            }

            if (definition.Parameter(name) is { Values.IsEmpty: false } allowed && !allowed.Values.Contains(argument.Value))
            {
                var suggestion = DidYouMean.Suggest(argument.Value, allowed.Values);
                problems.Add((at(argument.Start), true, $"'{DiagnosticText.Quote(argument.Value)}' is not a value of '{name}' of the shortcode '{tag.Name}'",
                    suggestion is not null ? $"did you mean '{suggestion}'?" : "use one of: " + string.Join(", ", allowed.Values)));
                return null;
            }

            values[name] = argument.Value;
        }

        var missing = definition.Parameters.Where(p => p.Required && !values.ContainsKey(p.Name)).Select(p => p.Name).ToList();
        if (missing.Count > 0)
        {
            problems.Add((at(tag.Start), true, $"the shortcode '{tag.Name}' needs {string.Join(" and ", missing.Select(m => $"'{m}'"))}",
                $"add {string.Join(" ", missing.Select(m => m + "=\"…\""))} to the tag"));
            return null;
        }

        return definition.Declared
            ? [.. definition.Parameters.Select(p => KeyValuePair.Create(p.Name, values.GetValueOrDefault(p.Name)))]
            : [.. values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))];
    }

    /// <summary><c>{{&lt; ref "id#anchor" &gt;}}</c> as a link destination the link stage resolves like a wikilink.</summary>
    private static void Reference(StringBuilder text, string body, ShortcodeTag tag, Func<int, SourcePosition> at, List<(SourcePosition, bool, string, string)> problems)
    {
        var target = tag.Arguments.Length == 1 ? tag.Arguments[0].Value.Trim() : null;
        if (string.IsNullOrEmpty(target) || tag.Arguments[0].Name is not null)
        {
            problems.Add((at(tag.Start), true, $"'{tag.Name}' takes one value: the id of the page it links to", $"write {{{{< {tag.Name} \"projects/values\" >}}}}, in a link: [text]({{{{< {tag.Name} \"projects/values\" >}}}})"));
            Blank(text, tag);
            return;
        }

        var inLink = body.AsSpan(0, tag.Start).TrimEnd().EndsWith("](", StringComparison.Ordinal);
        if (!inLink)
        {
            problems.Add((at(tag.Start), true, $"'{tag.Name}' gives a URL, and is used only as a link's destination", $"write [text]({{{{< {tag.Name} \"{target}\" >}}}}), or the wikilink [[{target}]]"));
            Blank(text, tag);
            return;
        }

        var destination = RefScheme + target.Replace(" ", "%20", StringComparison.Ordinal);
        if (destination.Length > tag.Length)
        {
            destination = destination[..tag.Length];
        }

        for (var k = 0; k < tag.Length; k++)
        {
            text[tag.Start + k] = k < destination.Length ? destination[k] : ShortcodeMarkers.Padding;
        }
    }

    private static bool HasClosing(ImmutableArray<ShortcodeTag> tags, int from, string name) => Closing(tags, from, name) is not null;

    /// <summary>The index of the tag that closes tag <paramref name="from"/>, nesting counted, if any.</summary>
    private static int? Closing(ImmutableArray<ShortcodeTag> tags, int from, string name)
    {
        if (tags[from].SelfClosing || tags[from].Closing)
        {
            return null;
        }

        var depth = 0;
        for (var j = from + 1; j < tags.Length; j++)
        {
            if (tags[j].Name != name || tags[j].SelfClosing)
            {
                continue;
            }

            if (!tags[j].Closing)
            {
                depth++;
            }
            else if (depth-- == 0)
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>A reported tag is left out with its closing tag, if it has one; the text between stays.</summary>
    private static void Skip(ImmutableArray<ShortcodeTag> tags, int from, HashSet<int> skipped)
    {
        if (Closing(tags, from, tags[from].Name) is { } closing)
        {
            skipped.Add(closing);
        }
    }

    /// <summary>Replaces a tag by a marker: on its own lines, a marker line and blank lines; in a line, a marker padded to its length.</summary>
    private static void Mark(StringBuilder text, string body, ShortcodeTag tag, char kind, int number)
    {
        var marker = $"{kind}{number}{ShortcodeMarkers.End}";
        var lineStart = body.LastIndexOf('\n', Math.Max(0, tag.Start - 1)) + 1;
        var lineEnd = body.IndexOf('\n', tag.End) is var e && e < 0 ? body.Length : e;
        var alone = (tag.Start == 0 || body.AsSpan(lineStart, tag.Start - lineStart).IsWhiteSpace()) && body.AsSpan(tag.End, lineEnd - tag.End).IsWhiteSpace();
        for (var k = 0; k < tag.Length; k++)
        {
            var original = body[tag.Start + k];
            text[tag.Start + k] = original == '\n' ? '\n'
                : k < marker.Length && (!alone || !body.AsSpan(tag.Start, k).Contains('\n')) ? marker[k]
                : alone && body.AsSpan(tag.Start, k).Contains('\n') ? ' '
                : ShortcodeMarkers.Padding;
        }
    }

    private static void Blank(StringBuilder text, ShortcodeTag tag)
    {
        for (var k = tag.Start; k < tag.End; k++)
        {
            if (text[k] != '\n')
            {
                text[k] = ' ';
            }
        }
    }
}
