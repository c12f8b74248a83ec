namespace Generator.Authoring;

/// <summary>Why <c>new</c> writes nothing: a message, a hint, and whether the command line itself is wrong (exit code 2) rather than the site or its files (1).</summary>
public sealed record ScaffoldProblem(string Message, string? Hint, bool IsUsage);
