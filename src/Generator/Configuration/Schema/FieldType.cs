namespace Generator.Configuration.Schema;

/// <summary>The kinds of value a declared front-matter field holds.</summary>
public enum FieldType
{
    Text,
    Date,
    Number,
    Bool,
    List,
    Enum,
    Url,
    Reference,
}
