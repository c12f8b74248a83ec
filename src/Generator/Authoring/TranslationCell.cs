namespace Generator.Authoring;

/// <summary>
/// One document in one language: its state and its file (as diagnostics name files), or, when
/// missing, the file to create. <see cref="TranslationKey"/> is set when that new file must
/// declare <c>translationKey</c> to join its source.
/// </summary>
public sealed record TranslationCell(TranslationState State, string File, string? TranslationKey = null);
