namespace Generator.Model;

/// <summary>A change to a document's file, from the git history (<c>history: git</c>): its day and what the commit says it did.</summary>
public sealed record Revision(Dates.DateValue Date, string Summary);
