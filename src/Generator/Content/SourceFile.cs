namespace Generator.Content;

/// <summary>
/// One input file: where it is, how diagnostics name it, and its content hash. Text sources keep
/// their bytes; static files are copied from <see cref="FullPath"/> when written.
/// </summary>
public sealed record SourceFile(string FullPath, string RelativePath, string DisplayPath, byte[]? Bytes, string Hash)
{
    /// <summary>The file's size in bytes, as read.</summary>
    public long Length { get; init; }
}
