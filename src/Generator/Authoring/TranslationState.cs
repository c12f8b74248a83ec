namespace Generator.Authoring;

/// <summary>Where one document stands in one language.</summary>
public enum TranslationState
{
    /// <summary>The original the translations are made from.</summary>
    Source,

    /// <summary>Reviewed against the source as it is now.</summary>
    Current,

    /// <summary>Reviewed against an older version of the source.</summary>
    Stale,

    /// <summary>A translation that records no source hash yet (never reviewed).</summary>
    Untracked,

    /// <summary>A translation marked <c>draft: true</c>.</summary>
    Draft,

    /// <summary>No translation.</summary>
    Missing,
}
