namespace Generator.Rendering.Changes;

/// <summary>Whether a run of words is in both versions, only the older or only the newer.</summary>
internal enum WordRunKind
{
    Same,
    Deleted,
    Inserted,
}
