using Generator.Configuration.Schema;
using Generator.Content;
using Generator.Dates;
using Generator.Linking;
using Generator.Model;
using Generator.Rendering.Views;

namespace Generator.Rendering.Policy;

/// <summary>
/// The policy-document views of a page: its lifecycle (status, dates, successor and
/// predecessors, from the <c>supersedes</c> and <c>supersededBy</c> relations either side
/// names), its consultation on the day the site is built for, and its versions.
/// </summary>
public sealed class PolicyViews(SiteModel model, LinkGraph graph, UiStrings strings, DateTimeOffset today)
{
    public LifecycleView? Lifecycle(PageEntry page)
    {
        if (Definition(page) is not { } lifecycle || page.FrontMatter is not { } fm
            || lifecycle.Status(fm.Fields.GetValueOrDefault(lifecycle.Field) as string) is not { } status)
        {
            return null;
        }

        var dates = lifecycle.Statuses.Select(s => s.DateField).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(field => (field, date: fm.Fields.GetValueOrDefault(field) as DateValue?))
            .Where(d => d.date is not null)
            .Select(d => new LifecycleDateView(d.field, lifecycle.Statuses.First(s => s.DateField == d.field).Name, d.date!.Value))
            .ToArray();
        var key = page.VersionOf ?? page.Key;
        var successor = Successors(key).Select(k => Link(k, page.Language)).OfType<LinkView>().FirstOrDefault();
        var predecessors = Predecessors(key).Select(k => Link(k, page.Language)).OfType<LinkView>().ToArray();
        var label = strings.TryGet(page.Language, "status." + status.Name, out var text) ? text : DisplayNames.Readable(status.Name);
        return new LifecycleView(status.Name, label, status.Notice, dates, successor, predecessors);
    }

    public ConsultationView? Consultation(PageEntry page)
    {
        if (Definition(page) is not { HasConsultation: true } || page.FrontMatter is not { } fm
            || fm.Fields.GetValueOrDefault(LifecycleDefinition.OpensKey) is not DateValue opens
            || fm.Fields.GetValueOrDefault(LifecycleDefinition.ClosesKey) is not DateValue closes)
        {
            return null;
        }

        var state = today < opens.Start ? "upcoming" : today > closes.Last ? "closed" : "open";
        var form = state == "open" && page.Kind == PageKind.Document && model.Find(SiteKeys.Thanks, page.Language) is { } thanks
            ? new ConsultationFormView("consultation-" + Slugifier.Slugify(page.Key), thanks.Url, page.Key, page.Language)
            : null;
        return new ConsultationView(opens, closes, state, form);
    }

    /// <summary>For a section's list: the statuses of its policy documents, in lifecycle order, with their counts.</summary>
    public IReadOnlyList<StatusCountView> Statuses(PageEntry page)
    {
        if (page.Kind != PageKind.Section || model.Config.Model.Type(page.Type)?.Lifecycle is not { } lifecycle)
        {
            return [];
        }

        var statuses = page.Members.Select(m => m.FrontMatter?.Fields.GetValueOrDefault(lifecycle.Field) as string).OfType<string>().ToArray();
        return [.. lifecycle.Statuses.Select(s => (s, count: statuses.Count(x => x == s.Name))).Where(x => x.count > 0)
            .Select(x => new StatusCountView(x.s.Name, strings.TryGet(page.Language, "status." + x.s.Name, out var text) ? text : DisplayNames.Readable(x.s.Name), x.count))];
    }

    /// <summary>For the consultations' page: its members by the state of their consultation.</summary>
    public IReadOnlyList<ConsultationGroupView> Consultations(PageEntry page)
    {
        if (page.Kind != PageKind.Consultations)
        {
            return [];
        }

        var items = page.Members.Select(m => (Page: m, Consultation: Consultation(m))).Where(x => x.Consultation is not null).ToArray();
        return [.. new[] { "open", "upcoming", "closed" }.Select(state => new ConsultationGroupView(state,
            [.. items.Where(x => x.Consultation!.State == state).Select(x => new ConsultationItemView(ViewBuilder.Item(x.Page), x.Consultation!))]))];
    }

    /// <summary>The versions of the page's document in the page's language, newest first.</summary>
    public IReadOnlyList<VersionView> Versions(PageEntry page)
    {
        var key = page.VersionOf ?? (page.Kind == PageKind.Document ? page.Key : null);
        if (key is null || !model.Versions.TryGetValue(key, out var history))
        {
            return [];
        }

        var language = page.IsFallback ? page.ContentLanguage : page.Language;
        return [.. history.In(language).Select(v => View(history, v, page)).OfType<VersionView>()];
    }

    /// <summary>For a policy document without versions, with <c>history: git</c>: the changes to its file, newest first.</summary>
    public IReadOnlyList<Revision> Revisions(PageEntry page) =>
        page.Kind == PageKind.Document && !page.IsFallback && page.Document is { } document && Definition(page) is not null && !model.Versions.ContainsKey(page.Key)
            ? model.Revisions.Of(document)
            : [];

    /// <summary>The version a version's or a "what changed" page shows.</summary>
    public VersionView? Version(PageEntry page) =>
        page.Version is { } version && model.Versions.TryGetValue(page.VersionOf!, out var history) ? View(history, version, page) : null;

    /// <summary>For a "what changed" page: its version's text compared word by word with the version before it, in the same language.</summary>
    public ComparisonView? Comparison(PageEntry page, CancellationToken cancellationToken = default)
    {
        if (page.Kind != PageKind.Changes || page.Version is not { } version || !model.Versions.TryGetValue(page.VersionOf!, out var history)
            || history.Previous(version) is not { } older || model.Find(SiteKeys.Version(history.Key, older.Number), page.Language) is not { } olderPage
            || View(history, older, page) is not { } olderView)
        {
            return null;
        }

        var comparison = _comparer.Compare(BodyLinkTargets.Content(olderPage, model, graph).Value, BodyLinkTargets.Content(page, model, graph).Value, cancellationToken);
        return new ComparisonView(olderView, new RawHtml(comparison.Html),
            [.. comparison.Sections.Select(s => new ChangedSectionView(s.Title ?? string.Empty, s.Anchor, s.Kind.ToString().ToLowerInvariant()) { Level = s.Level })],
            comparison.WordsInserted, comparison.WordsDeleted);
    }

    private readonly Changes.VersionComparer _comparer = new();

    private VersionView? View(VersionHistory history, DocumentVersion version, PageEntry shown)
    {
        if (model.Find(SiteKeys.Version(history.Key, version.Number), version.Language) is not { } page)
        {
            return null;
        }

        var changes = model.Find(SiteKeys.Changes(history.Key, version.Number), version.Language)?.Url;
        var isShown = shown.Version is { } v ? v.Number == version.Number : version.IsCurrent;
        return new VersionView(version.Number, version.Date, version.Changes, page.Url, changes, version.IsCurrent, isShown);
    }

    private LifecycleDefinition? Definition(PageEntry page) =>
        page.Kind is PageKind.Document or PageKind.Version or PageKind.Changes ? model.Config.Model.Type(page.Type)?.Lifecycle : null;

    /// <summary>What replaces the document: what it names as <c>supersededBy</c>, then what names it in <c>supersedes</c>.</summary>
    public IEnumerable<string> Successors(string key) =>
        graph.Outgoing(key).Where(e => e.Kind == LifecycleDefinition.SupersededByKey).Select(e => e.Target)
            .Concat(graph.Incoming(key).Where(e => e.Kind == LifecycleDefinition.SupersedesKey).Select(e => e.Source))
            .Where(k => k != key).Distinct(StringComparer.Ordinal);

    /// <summary>What the document replaces: what it names in <c>supersedes</c>, then what names it as <c>supersededBy</c>.</summary>
    public IEnumerable<string> Predecessors(string key) =>
        graph.Outgoing(key).Where(e => e.Kind == LifecycleDefinition.SupersedesKey).Select(e => e.Target)
            .Concat(graph.Incoming(key).Where(e => e.Kind == LifecycleDefinition.SupersededByKey).Select(e => e.Source))
            .Where(k => k != key).Distinct(StringComparer.Ordinal);

    private LinkView? Link(string key, string language) =>
        model.LinkTarget(key, language) is { } target ? LinkView.For(target, language) : null;
}
