namespace Generator.Rendering.Views;

/// <summary>Where a paginated list is: page <see cref="Number"/> of <see cref="Total"/>, with neighbours' URLs.</summary>
public sealed record PagerView(int Number, int Total, string? PrevUrl, string? NextUrl, string FirstUrl, string LastUrl, IReadOnlyList<string> Urls);
