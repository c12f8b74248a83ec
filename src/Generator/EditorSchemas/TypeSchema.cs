namespace Generator.EditorSchemas;

/// <summary>The JSON Schema of one page type's front matter: its type, its file name (<c>guideline.schema.json</c>) and its text (UTF-8, LF, a final newline).</summary>
public sealed record TypeSchema(string TypeName, string FileName, string Text);
