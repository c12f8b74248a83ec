using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Markdown.Shortcodes;

/// <summary>
/// A call of a shortcode in a body: its name, its arguments by parameter name (positional ones
/// named in the declared order; every declared parameter, null when the call leaves it out), whether it has inner text (the Markdown between its tags,
/// rendered in place and handed to the template), and where it is in the author's file.
/// </summary>
public sealed record ShortcodeCall(string Name, ImmutableArray<KeyValuePair<string, string?>> Arguments, bool HasInner, SourcePosition Position);
