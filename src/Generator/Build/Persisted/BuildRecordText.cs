using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Generator.Build.Persisted;

/// <summary>
/// The text of a <see cref="BuildRecord"/>: one line a fact, the output folder one line a folder
/// (<c>folder TICKS PATH</c>) and a file (<c>file LENGTH TICKS SHA256 PATH</c>), each diagnostic a line of JSON. Read back in one pass
/// without a serializer, since a large site's record lists tens of thousands of files.
/// </summary>
internal static class BuildRecordText
{
    public static string Format(BuildRecord record)
    {
        var text = new StringBuilder(record.Output.Length * 120);
        text.Append("key ").Append(record.Key).Append('\n');
        text.Append("sources ").Append(record.Sources).Append('\n');
        text.Append("valid-until ").Append(record.ValidUntil.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("files-written ").Append(record.FilesWritten.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (language, pages) in record.PagesPerLanguage)
        {
            text.Append("pages ").Append(pages.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(language).Append('\n');
        }

        foreach (var diagnostic in record.Diagnostics)
        {
            text.Append("diagnostic ").Append(JsonSerializer.Serialize(diagnostic, BuildRecordJson.Default.RecordedDiagnostic)).Append('\n');
        }

        foreach (var folder in record.Folders)
        {
            text.Append("folder ").Append(folder.Ticks.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(folder.Path).Append('\n');
        }

        foreach (var file in record.Output)
        {
            text.Append("file ").Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(file.Ticks.ToString(CultureInfo.InvariantCulture))
                .Append(' ').Append(file.Hash).Append(' ').Append(file.Path).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The record, or null when a line is not one a record has (or a fact is missing).</summary>
    public static BuildRecord? Parse(string text)
    {
        string? key = null, sources = null;
        long? validUntil = null;
        int? filesWritten = null;
        var pages = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<RecordedDiagnostic>();
        var files = ImmutableArray.CreateBuilder<RecordedFile>();
        var folders = ImmutableArray.CreateBuilder<RecordedFile>();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                continue;
            }

            var space = line.IndexOf(' ');
            if (space < 0)
            {
                return null;
            }

            var name = line[..space];
            var value = line[(space + 1)..];
            switch (name)
            {
                case "key": key = value.ToString(); break;
                case "sources": sources = value.ToString(); break;
                case "valid-until" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks): validUntil = ticks; break;
                case "files-written" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count): filesWritten = count; break;
                case "pages" when Split(value, out var number, out var language) && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    pages[language.ToString()] = n;
                    break;
                case "diagnostic" when Diagnostic(value) is { } diagnostic: diagnostics.Add(diagnostic); break;
                case "file" when File(value) is { } file: files.Add(file); break;
                case "folder" when Split(value, out var ticks, out var path) && !path.IsEmpty && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t):
                    folders.Add(new RecordedFile(path.ToString(), -1, t, "-"));
                    break;
                default: return null;
            }
        }

        return key is null || sources is null || validUntil is null || filesWritten is null
            ? null
            : new BuildRecord(key, sources, new DateTimeOffset(validUntil.Value, TimeSpan.Zero), files.ToImmutable(), diagnostics.ToImmutable(), pages.ToImmutable(), filesWritten.Value)
            {
                Folders = folders.ToImmutable(),
            };
    }

    private static bool Split(ReadOnlySpan<char> text, out ReadOnlySpan<char> first, out ReadOnlySpan<char> rest)
    {
        var space = text.IndexOf(' ');
        first = space < 0 ? text : text[..space];
        rest = space < 0 ? [] : text[(space + 1)..];
        return space > 0;
    }

    private static RecordedFile? File(ReadOnlySpan<char> text)
    {
        if (!Split(text, out var length, out text) || !Split(text, out var ticks, out text) || !Split(text, out var hash, out var path) || path.IsEmpty
            || !long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var l) || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t))
        {
            return null;
        }

        return new RecordedFile(path.ToString(), l, t, hash.ToString());
    }

    private static RecordedDiagnostic? Diagnostic(ReadOnlySpan<char> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, BuildRecordJson.Default.RecordedDiagnostic);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
