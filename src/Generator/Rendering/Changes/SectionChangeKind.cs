namespace Generator.Rendering.Changes;

/// <summary>How a section of a document changed between two versions.</summary>
public enum SectionChangeKind
{
    /// <summary>The section's heading is new (the text before the first heading: all of it is new).</summary>
    Added,

    /// <summary>The section's heading is gone (the text before the first heading: all of it is gone).</summary>
    Removed,

    /// <summary>The section is in both versions, and its heading or its text changed.</summary>
    Changed,
}
