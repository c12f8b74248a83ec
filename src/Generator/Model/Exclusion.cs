namespace Generator.Model;

/// <summary>Why a build leaves a document out (<c>a draft, which this build does not publish</c>) and how to publish it.</summary>
public sealed record Exclusion(string Reason, string Hint);
