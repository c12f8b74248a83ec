using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Build.Persisted;

/// <summary>
/// What a successful build that wrote the site leaves in the build cache for the next process:
/// the key of everything outside the sources that the output depends on, the hash of every
/// source, the moment until which the same sources give the same site, the output folder as the
/// build left it (every file's path, size, write time and hash, every folder's write time), and the build's warnings and counts
/// to report again. A build whose key, sources and output folder all match has nothing to do.
/// </summary>
internal sealed record BuildRecord(
    string Key,
    string Sources,
    DateTimeOffset ValidUntil,
    ImmutableArray<RecordedFile> Output,
    ImmutableArray<RecordedDiagnostic> Diagnostics,
    ImmutableSortedDictionary<string, int> PagesPerLanguage,
    int FilesWritten)
{
    /// <summary>The output folder and every folder in it, with its last write time (which changes when an entry comes or goes).</summary>
    public ImmutableArray<RecordedFile> Folders { get; init; } = [];
}

/// <summary>A file of the output folder: its path (relative, with '/'), size, last write time (UTC ticks) and SHA-256.</summary>
internal sealed record RecordedFile(string Path, long Length, long Ticks, string Hash);

/// <summary>A diagnostic as the record keeps it.</summary>
internal sealed record RecordedDiagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message, string? Hint)
{
    public static RecordedDiagnostic Of(Diagnostic d) => new(d.Severity, d.Code, d.File, d.Line, d.Column, d.Message, d.Hint);

    public Diagnostic ToDiagnostic() => new(Severity, Code, File, Line, Column, Message, Hint);
}

/// <summary>The JSON of the record's diagnostics, written and read by generated code (no reflection at start-up).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(RecordedDiagnostic))]
internal sealed partial class BuildRecordJson : System.Text.Json.Serialization.JsonSerializerContext;
