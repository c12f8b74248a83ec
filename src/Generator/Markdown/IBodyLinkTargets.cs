namespace Generator.Markdown;

/// <summary>
/// Where the links of one compiled body lead for readers of one language: what
/// <see cref="BodyLinkWriter"/> fills the body's link slots with. The site implements it from its
/// model and link graph; the Markdown folder knows nothing of either.
/// </summary>
public interface IBodyLinkTargets
{
    /// <summary>The readers' language.</summary>
    string Language { get; }

    /// <summary>Where link <paramref name="index"/> of the body (see <see cref="CompiledBody.Links"/>) leads, or null when it leads nowhere.</summary>
    BodyLinkTarget? Target(int index);
}
