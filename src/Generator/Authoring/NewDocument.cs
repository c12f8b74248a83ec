namespace Generator.Authoring;

/// <summary>A document file <c>new</c> is about to create: its path, its language, its text, and the absolute URL the build will give it.</summary>
public sealed record NewDocument(string Path, string Language, string Text, string Url);
