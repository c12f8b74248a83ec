namespace Generator.Rendering.Views;

/// <summary>One step of the breadcrumb trail; the last is the current page. <see cref="Lang"/>: the title's language when it is not the page's.</summary>
public sealed record Breadcrumb(string Title, string Url, bool IsCurrent, string? Lang = null);
