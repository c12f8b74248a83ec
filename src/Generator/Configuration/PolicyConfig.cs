using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Configuration;

/// <summary>
/// What site.yml says of policy documents beyond their lifecycles: the consultations' list page
/// (<c>consultations: { segments, titles, thanks }</c>: its URL segment and title per language,
/// and the segment of the thank-you page below it), whether each policy document gets a PDF of
/// record (<c>pdf: true</c>), and whether the git history of a document's file dates its history
/// when its front matter gives none (<c>history: git</c>).
/// </summary>
public sealed record PolicyConfig(
    bool Consultations,
    ImmutableDictionary<string, string> Segments,
    ImmutableDictionary<string, string> Titles,
    ImmutableDictionary<string, string> ThanksSegments,
    bool Pdf,
    bool GitHistory,
    SourceRef Where)
{
    public const string DefaultSegment = "consultations";
    public const string DefaultThanksSegment = "thanks";

    public static PolicyConfig Default { get; } = new(false, ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty,
        ImmutableDictionary<string, string>.Empty, false, false, new SourceRef("site.yml"));

    public string Segment(string language) => Segments.GetValueOrDefault(language, DefaultSegment);

    public string ThanksSegment(string language) => ThanksSegments.GetValueOrDefault(language, DefaultThanksSegment);
}
