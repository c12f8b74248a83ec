namespace Generator.EditorSchemas;

/// <summary>A file the <c>schema</c> command writes: its path and its text (UTF-8, LF, a final newline).</summary>
public sealed record EditorFile(string Path, string Text);
