using System.Globalization;
using Generator.Content;

namespace Generator.Model;

/// <summary>
/// Decides whether a document is published at <paramref name="now"/>: not a draft (unless
/// <paramref name="includeDrafts"/>), publish date reached (unless <paramref name="includeFuture"/>),
/// not expired.
/// </summary>
public sealed class PublicationFilter(bool includeDrafts, bool includeFuture, DateTimeOffset now)
{
    /// <summary>Whether this build publishes drafts (and statuses a lifecycle does not publish).</summary>
    public bool IncludeDrafts => includeDrafts;

    public bool IsPublished(FrontMatter frontMatter) => WhyNot(frontMatter) is null;

    /// <summary>Why this build leaves the document out, or null when it publishes it.</summary>
    public Exclusion? WhyNot(FrontMatter frontMatter)
    {
        if (frontMatter.Draft && !includeDrafts)
        {
            return new Exclusion("a draft, which this build does not publish", "remove 'draft: true' from it, build with --drafts, or remove this reference");
        }

        if (frontMatter.PublishDate is { } publish && publish > now && !includeFuture)
        {
            return new Exclusion(string.Create(CultureInfo.InvariantCulture, $"scheduled for {publish:yyyy-MM-dd}, which this build does not publish yet"),
                "build with --future to include it, or remove this reference until then");
        }

        return frontMatter.ExpiryDate is { } expiry && expiry <= now
            ? new Exclusion(string.Create(CultureInfo.InvariantCulture, $"expired on {expiry:yyyy-MM-dd}, so no longer published"), "change or remove its 'expiryDate', or remove this reference")
            : null;
    }
}
