using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Markdown.Shortcodes;

/// <summary>Whether a shortcode takes inner text between its opening and closing tags.</summary>
public enum ShortcodeInner
{
    None,
    Optional,
    Required,
}

/// <summary>A parameter a shortcode declares: its name, whether a call must give it, and the values it allows (any when empty).</summary>
public sealed record ShortcodeParameter(string Name, bool Required)
{
    public ImmutableArray<string> Values { get; init; } = [];
}

/// <summary>
/// A shortcode as its template declares it (<c>theme/shortcodes/figure.html</c>, or the site's
/// <c>input/shortcodes/</c>): its name, its parameters in order (a call may give them by name, or
/// by position in this order), whether it takes inner text, and where it is declared.
/// </summary>
public sealed record ShortcodeDefinition(string Name, ImmutableArray<ShortcodeParameter> Parameters, ShortcodeInner Inner, SourceRef Where)
{
    /// <summary>False for a template without a <c>{{## … ##}}</c> header: it takes any parameter, and inner text or none.</summary>
    public bool Declared { get; init; } = true;

    /// <summary>True for a shortcode that writes a block (a figure, a box): its tags go on lines of their own, not within a paragraph.</summary>
    public bool Block { get; init; }

    public ShortcodeParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}
