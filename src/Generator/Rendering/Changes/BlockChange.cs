namespace Generator.Rendering.Changes;

/// <summary>What happened to a block between the two versions.</summary>
internal enum BlockChange
{
    Same,
    Added,
    Removed,

    /// <summary>Edited in place: the older and newer blocks are paired and their words compared.</summary>
    Changed,
}
