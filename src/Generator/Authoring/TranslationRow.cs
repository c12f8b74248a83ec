using System.Collections.Immutable;

namespace Generator.Authoring;

/// <summary>One document's translation states by language.</summary>
public sealed record TranslationRow(string Key, ImmutableDictionary<string, TranslationState> States);
