namespace Generator.Rendering.Changes;

/// <summary>What a block of a rendered body is, for comparing two versions of it.</summary>
internal enum BlockKind
{
    /// <summary>An <c>h1</c> to <c>h6</c>, with its level and id.</summary>
    Heading,

    /// <summary>A paragraph, or any other element compared as the text it holds.</summary>
    Paragraph,

    /// <summary>A list item (without its nested lists, which are items of their own, one level deeper).</summary>
    ListItem,

    /// <summary>A row of a table, compared cell by cell.</summary>
    TableRow,

    /// <summary>A <c>pre</c> block, compared line by line.</summary>
    Code,

    /// <summary>A block quotation, compared as the text of all it holds.</summary>
    Quote,
}
