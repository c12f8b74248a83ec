using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Yaml;

/// <summary>
/// YamlDotNet's parser, watched: it remembers where the last event ended and which flow
/// collections (<c>[</c> or <c>{</c>) are still open, so a failure deep inside the library can be
/// reported where the author's mistake is; and it refuses nesting deeper than
/// <see cref="MaxDepth"/>, before a tree that deep is built.
/// </summary>
internal sealed class GuardedParser(IParser inner) : IParser
{
    /// <summary>No front matter or configuration needs more; a deeper tree is a mistake or an attack.</summary>
    public const int MaxDepth = 64;

    // One entry per open collection; flow collections carry their opening mark, block ones none.
    private readonly Stack<(Mark Start, char Bracket)> _open = new();

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event the parser produced started (the place it failed after).</summary>
    public Mark LastStart { get; private set; } = Mark.Empty;

    /// <summary>The innermost flow collection (<c>[</c> or <c>{</c>) not yet closed, if any.</summary>
    public (Mark Start, char Bracket)? OpenFlow => _open.Count > 0 && _open.Peek().Bracket != '\0' ? _open.Peek() : null;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var current = inner.Current!;
        LastStart = current.Start;
        switch (current)
        {
            case SequenceStart sequence:
                Enter(sequence.Start, sequence.Style == SequenceStyle.Flow ? '[' : '\0');
                break;
            case MappingStart mapping:
                Enter(mapping.Start, mapping.Style == MappingStyle.Flow ? '{' : '\0');
                break;
            case SequenceEnd or MappingEnd when _open.Count > 0:
                _open.Pop();
                break;
        }

        return true;
    }

    private void Enter(Mark start, char bracket)
    {
        if (_open.Count >= MaxDepth)
        {
            throw new TooDeepException(start);
        }

        _open.Push((start, bracket));
    }

    /// <summary>Nesting deeper than <see cref="MaxDepth"/>, found at <see cref="Start"/>.</summary>
    internal sealed class TooDeepException(Mark start) : Exception("nested too deeply")
    {
        public Mark Start { get; } = start;
    }
}
