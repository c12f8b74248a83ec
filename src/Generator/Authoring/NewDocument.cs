namespace Generator.Authoring;

/// <summary>A document file <c>new</c> is about to create: its path and its text.</summary>
public sealed record NewDocument(string Path, string Text);
