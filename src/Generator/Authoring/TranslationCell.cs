namespace Generator.Authoring;

/// <summary>
/// One document in one language: its state and its file (as diagnostics name files), or, when
/// missing, the file to create. <see cref="TranslationKey"/> is set when that new file must
/// declare <c>translationKey</c> to join its source. <see cref="ReviewedHash"/> is the
/// <c>sourceHash</c> a translation records; for a stale one, <see cref="Change"/> is what changed
/// in the source since that review, or null when the text it was reviewed against was not kept.
/// </summary>
public sealed record TranslationCell(TranslationState State, string File, string? TranslationKey = null, string? ReviewedHash = null, SourceChange? Change = null);
