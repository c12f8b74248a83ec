using Generator.Build;
using Generator.Content;

namespace Generator.Model;

/// <summary>Decides whether a document is published now: not a draft, publish date reached, not expired.</summary>
public sealed class PublicationFilter(BuildOptions options, DateTimeOffset now)
{
    public bool IsPublished(FrontMatter frontMatter)
    {
        if (frontMatter.Draft && !options.IncludeDrafts)
        {
            return false;
        }

        if (frontMatter.PublishDate is { } publish && publish > now && !options.IncludeFuture)
        {
            return false;
        }

        return frontMatter.ExpiryDate is not { } expiry || expiry > now;
    }
}
