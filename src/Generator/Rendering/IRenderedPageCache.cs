namespace Generator.Rendering;

/// <summary>
/// Rendered pages kept from one build to the next in a long-running session, by output path and
/// by the fingerprint of everything that went into them (<see cref="RenderFingerprint"/>).
/// </summary>
public interface IRenderedPageCache
{
    /// <summary>The bytes kept for <paramref name="outputPath"/> when they were rendered from <paramref name="fingerprint"/>; null otherwise.</summary>
    byte[]? Find(string outputPath, string fingerprint);

    /// <summary>Keeps a rendered page for the next build (in place of any kept for the same path).</summary>
    void Keep(string outputPath, string fingerprint, byte[] html);
}
