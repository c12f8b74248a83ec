namespace Generator.Rendering.Changes;

/// <summary>A run of words (or lines) that both versions share, that was deleted or that was inserted.</summary>
internal readonly record struct WordRun(WordRunKind Kind, string Text, int Words);
