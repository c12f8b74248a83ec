using System.Collections.Immutable;

namespace Generator.Markdown.Shortcodes;

/// <summary>
/// One shortcode tag in a body's text: <c>{{&lt; name a="b" &gt;}}</c>, its closing
/// <c>{{&lt; /name &gt;}}</c>, or a self-closing <c>{{&lt; name /&gt;}}</c>; Hugo's <c>{{% %}}</c> form
/// too. <see cref="Start"/> and <see cref="Length"/> place it in the body; its arguments are named
/// (<c>key="value"</c>) or positional (<c>"value"</c>), in order.
/// </summary>
public sealed record ShortcodeTag(
    string Name,
    bool Closing,
    bool SelfClosing,
    bool Markdown,
    ImmutableArray<ShortcodeArgument> Arguments,
    int Start,
    int Length)
{
    public int End => Start + Length;
}

/// <summary>An argument of a shortcode tag: its name (null when positional), value, and offset in the body.</summary>
public sealed record ShortcodeArgument(string? Name, string Value, int Start);
