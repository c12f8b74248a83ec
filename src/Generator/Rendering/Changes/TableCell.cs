namespace Generator.Rendering.Changes;

/// <summary>The text of a table cell, and whether it is a header cell (<c>th</c>).</summary>
internal sealed record TableCell(string Text, bool Header);
