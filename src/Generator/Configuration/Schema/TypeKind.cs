namespace Generator.Configuration.Schema;

/// <summary>What a page type is: a document (guidelines, statements, news…) or an entity of the knowledge base (cities, topics, people…).</summary>
public enum TypeKind
{
    Document,
    Entity,
}
