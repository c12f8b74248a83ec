namespace Generator.Rendering.Views;

/// <summary>A menu entry; <see cref="IsActive"/> when the current page is it or lies below it.</summary>
public sealed record MenuItemView(string Label, string Url, bool IsActive, bool IsCurrent);
