namespace Generator.Content.History;

/// <summary>A commit that changed a file: its short id, its author's date (with the author's offset) and its subject (the first line of its message).</summary>
public sealed record FileCommit(string Id, DateTimeOffset AuthorDate, string Subject);
