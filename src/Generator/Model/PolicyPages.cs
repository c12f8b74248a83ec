using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Configuration.Schema;

namespace Generator.Model;

/// <summary>
/// The pages the generator makes for policy documents: each version at its permanent address
/// below its document's (<c>.../v1/</c>) with, from the second on, what it changed
/// (<c>.../v2/changes/</c>), in every language the version is written in; and, when site.yml
/// asks for them, the consultations' list and its thank-you page in every language.
/// </summary>
public sealed class PolicyPages(SiteConfig config, UrlBuilder urls)
{
    public IEnumerable<PageEntry> Make(ImmutableDictionary<string, VersionHistory> histories, ImmutableArray<PageEntry> documentPages)
    {
        var owners = documentPages.Where(p => !p.IsFallback && histories.ContainsKey(p.Key)).ToDictionary(p => (p.Key, p.Language));
        foreach (var history in histories.Values.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            foreach (var version in history.Versions)
            {
                if (!owners.TryGetValue((history.Key, version.Language), out var owner))
                {
                    continue;
                }

                var url = UrlBuilder.Version(owner.Url, version.Number);
                var page = new PageEntry(PageKind.Version, SiteKeys.Version(history.Key, version.Number), version.Language, owner.Section, owner.Type, url,
                    version.Document, false, version.Document.DisplayTitle)
                {
                    SectionPath = owner.SectionPath, ParentSection = owner.ParentSection, Version = version, VersionOf = history.Key,
                };
                yield return page;
                if (history.Previous(version) is not null)
                {
                    yield return page with { Kind = PageKind.Changes, Key = SiteKeys.Changes(history.Key, version.Number), Url = url + "changes/" };
                }
            }
        }

        if (!config.Policy.Consultations || !config.Model.Types.Any(t => t.Lifecycle?.HasConsultation == true))
        {
            yield break;
        }

        foreach (var language in config.Languages.Select(l => l.Code))
        {
            var members = documentPages.Where(p => p.Language == language && IsConsultation(p)).Order(PageOrder.Instance).ToImmutableArray();
            var title = config.Policy.Titles.GetValueOrDefault(language, string.Empty);
            yield return new PageEntry(PageKind.Consultations, SiteKeys.Consultations, language, string.Empty, "consultations", urls.Consultations(language), null, false, title)
            {
                Members = members,
                PageSize = int.MaxValue,
            };
            yield return new PageEntry(PageKind.Thanks, SiteKeys.Thanks, language, string.Empty, "thanks", urls.Thanks(language), null, false, string.Empty)
            {
                ParentSection = null,
            };
        }
    }

    /// <summary>A document of a type with a consultation status that gives its consultation's period.</summary>
    private bool IsConsultation(PageEntry page) =>
        page.FrontMatter is { } fm && config.Model.Type(page.Type)?.Lifecycle is { HasConsultation: true }
        && fm.Fields.ContainsKey(LifecycleDefinition.OpensKey) && fm.Fields.ContainsKey(LifecycleDefinition.ClosesKey);
}
