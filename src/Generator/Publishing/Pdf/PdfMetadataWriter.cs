using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Publishing.Pdf;

/// <summary>
/// Gives a PDF the metadata of record by an incremental update (the printed bytes stay as they
/// are, a new section is appended): a new document information dictionary with the Title,
/// Author and Subject as UTF-16BE text strings (so accents survive), Chromium's Creator and
/// Producer kept, and the job's date, when given, as CreationDate and ModDate (also written over
/// the printing time in the superseded dictionary, so a page prints to the same bytes each time); and a new copy of
/// the catalog when its /Lang is missing or differs. Works on classic cross-reference tables,
/// which is what Chromium writes.
/// </summary>
public static class PdfMetadataWriter
{
    /// <summary>Returns <paramref name="pdf"/> followed by an update that sets <paramref name="metadata"/>.</summary>
    public static byte[] Write(byte[] pdf, PdfMetadata metadata)
    {
        var xref = new PdfCrossReference(pdf);
        var root = xref.Value("/Root") ?? throw new FormatException("the PDF's trailer has no /Root");
        var size = int.Parse(xref.Value("/Size") ?? throw new FormatException("the PDF's trailer has no /Size"), CultureInfo.InvariantCulture);
        var oldInfo = xref.Value("/Info");
        var infoNumber = oldInfo is null ? size++ : Number(oldInfo);
        var objects = new SortedDictionary<int, string>
        {
            [infoNumber] = Info(metadata, oldInfo is null ? null : xref.Dictionary(Number(oldInfo))),
        };

        var catalog = xref.Dictionary(Number(root)) ?? throw new FormatException("the PDF's catalog is missing");
        var language = Literal(metadata.Language);
        var lang = Regex.Match(catalog, @"/Lang\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)");
        if (!lang.Success || lang.Groups[1].Value != language)
        {
            objects[Number(root)] = lang.Success
                ? catalog.Remove(lang.Index, lang.Length).Insert(lang.Index, "/Lang " + language)
                : catalog[..catalog.LastIndexOf(">>", StringComparison.Ordinal)] + "\n/Lang " + language + ">>";
        }

        var update = new StringBuilder(pdf.Length > 0 && pdf[^1] is (byte)'\n' or (byte)'\r' ? string.Empty : "\n");
        var offsets = new List<(int Number, long Offset)>();
        foreach (var (number, dictionary) in objects)
        {
            offsets.Add((number, pdf.Length + update.Length));
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{dictionary}\nendobj\n");
        }

        var start = pdf.Length + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in offsets)
        {
            // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n, CR LF.
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n\r\n");
        }

        var id = xref.Value("/ID") is { } known ? "\n/ID " + known : string.Empty;
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}\n/Root {root}\n/Info {infoNumber} 0 R{id}\n/Prev {xref.Start}>>\nstartxref\n{start}\n%%EOF\n");
        byte[] result = [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
        if (metadata.Date is { } when && oldInfo is not null && xref.Extent(Number(oldInfo)) is var (from, to))
        {
            StampDates(result.AsSpan(from, to - from), Literal(Date(when)));
        }

        return result;
    }

    /// <summary>Overwrites the printing time in the superseded info dictionary with the job's date, in place when the lengths agree, so that a page prints to the same bytes each time.</summary>
    private static void StampDates(Span<byte> oldInfo, string date)
    {
        var text = Encoding.Latin1.GetString(oldInfo);
        foreach (Match match in Regex.Matches(text, @"/(?:CreationDate|ModDate)\s*(\([^)]*\))"))
        {
            if (match.Groups[1].Length == date.Length)
            {
                Encoding.Latin1.GetBytes(date).CopyTo(oldInfo[match.Groups[1].Index..]);
            }
        }
    }

    private static string Info(PdfMetadata metadata, string? old)
    {
        var info = new StringBuilder("<</Title ").Append(Text(metadata.Title));
        if (metadata.Author is { Length: > 0 } author)
        {
            info.Append("\n/Author ").Append(Text(author));
        }

        if (metadata.Subject is { Length: > 0 } subject)
        {
            info.Append("\n/Subject ").Append(Text(subject));
        }

        var date = metadata.Date is { } when ? Literal(Date(when)) : null;
        foreach (var key in new[] { "/Creator", "/Producer", "/CreationDate", "/ModDate" })
        {
            var value = key.EndsWith("Date", StringComparison.Ordinal) && date is not null ? date : Entry(old, key);
            if (value is not null)
            {
                info.Append('\n').Append(key).Append(' ').Append(value);
            }
        }

        return info.Append(">>").ToString();
    }

    /// <summary>A text string as PDF wants it for any script: UTF-16BE with a byte-order mark, in hexadecimal.</summary>
    public static string Text(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    private static string Literal(string ascii) => "(" + ascii.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")";

    private static string Date(DateTimeOffset when)
    {
        var offset = when.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return $"D:{when.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}{sign}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}'";
    }

    private static string? Entry(string? dictionary, string key)
    {
        var match = Regex.Match(dictionary ?? string.Empty, Regex.Escape(key) + @"\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static int Number(string reference) => int.Parse(reference.Split(' ')[0], CultureInfo.InvariantCulture);
}
