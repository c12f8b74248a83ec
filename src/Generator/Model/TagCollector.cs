using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;

namespace Generator.Model;

/// <summary>
/// Tag pages per language from the tags of real (translated) documents: fallback pages carry
/// another language's tags and stay out. Every language gets a tag index when any tag exists,
/// so the language switcher of a tag page always has somewhere to go.
/// </summary>
public sealed class TagCollector(SiteConfig config, UrlBuilder urls)
{
    public IEnumerable<PageEntry> Collect(ImmutableArray<PageEntry> documentPages)
    {
        var real = documentPages.Where(p => !p.IsFallback && p.FrontMatter is { Tags.Length: > 0 }).ToArray();
        if (real.Length == 0)
        {
            yield break;
        }

        foreach (var language in config.Languages.Select(l => l.Code))
        {
            var tags = new SortedDictionary<string, (string Label, List<PageEntry> Pages)>(StringComparer.Ordinal);
            foreach (var page in real.Where(p => p.Language == language).Order(PageOrder.Instance))
            {
                // A page whose labels share a slug is listed once (checked among its own labels, not the whole list).
                foreach (var label in page.FrontMatter!.Tags.DistinctBy(Slugifier.Slugify, StringComparer.Ordinal))
                {
                    var slug = Slugifier.Slugify(label);
                    if (slug.Length == 0) continue;
                    if (!tags.TryGetValue(slug, out var tag))
                    {
                        tags[slug] = tag = (label, []);
                    }

                    tag.Pages.Add(page);
                }
            }

            var tagPages = tags.Select(pair => new PageEntry(PageKind.Tag, SiteKeys.Tag(pair.Key), language, string.Empty, "tag",
                    urls.Tag(pair.Key, language), null, false, pair.Value.Label)
                {
                    Members = [.. pair.Value.Pages],
                    TagSlug = pair.Key,
                    PageSize = config.PageSize,
                })
                .ToImmutableArray();

            // The index lists tags as its members, most used first, then alphabetically.
            var culture = config.Language(language).Culture;
            var comparer = StringComparer.Create(culture, ignoreCase: true);
            yield return new PageEntry(PageKind.TagIndex, SiteKeys.TagIndex, language, string.Empty, "tags", urls.TagIndex(language), null, false, "tags")
            {
                Members = [.. tagPages.OrderByDescending(t => t.Members.Length).ThenBy(t => t.Title, comparer).ThenBy(t => t.Url, StringComparer.Ordinal)],
                PageSize = int.MaxValue,
            };

            foreach (var tagPage in tagPages)
            {
                yield return tagPage;
            }
        }
    }
}
