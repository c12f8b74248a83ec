using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Publishing.Pdf;

/// <summary>
/// The classic cross-reference of a PDF (what Chromium's Skia writes): where the last section
/// starts, its trailer dictionary, and each object's offset, newest section first along the
/// <c>/Prev</c> chain. Cross-reference streams (PDF 1.5 compressed files) are refused.
/// </summary>
internal sealed partial class PdfCrossReference
{
    private readonly string _text;
    private readonly Dictionary<int, long> _offsets = [];

    public PdfCrossReference(byte[] pdf)
    {
        _text = Encoding.Latin1.GetString(pdf);
        var startxref = _text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0 || !long.TryParse(Digits().Match(_text, startxref + 9).Value, CultureInfo.InvariantCulture, out var offset))
        {
            throw new FormatException("not a PDF: no startxref at its end");
        }

        Start = offset;
        var seen = new HashSet<long>();
        long? section = offset;
        while (section is { } at && seen.Add(at))
        {
            var trailer = ReadSection(at, out var previous);
            Trailer ??= trailer;
            section = previous;
        }
    }

    /// <summary>The offset of the newest cross-reference section.</summary>
    public long Start { get; }

    /// <summary>The newest trailer dictionary, with its &lt;&lt; and &gt;&gt;.</summary>
    public string? Trailer { get; private set; }

    /// <summary>The newest trailer's value of <paramref name="key"/> (e.g. <c>/Root</c> → <c>23 0 R</c>), or null.</summary>
    public string? Value(string key)
    {
        var match = Regex.Match(Trailer ?? string.Empty, Regex.Escape(key) + @"\s*(\d+\s+\d+\s+R|\d+|\[[^\]]*\])");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The dictionary of object <paramref name="number"/> (up to its <c>endobj</c>), or null when it is not in the file.</summary>
    public string? Dictionary(int number) => Extent(number) is var (start, end) ? _text[start..end] : null;

    /// <summary>Where the dictionary of object <paramref name="number"/> starts and ends in the file, or null.</summary>
    public (int Start, int End)? Extent(int number)
    {
        if (!_offsets.TryGetValue(number, out var offset) || offset >= _text.Length)
        {
            return null;
        }

        var start = _text.IndexOf("<<", (int)offset, StringComparison.Ordinal);
        var end = _text.IndexOf("endobj", (int)offset, StringComparison.Ordinal);
        return start < 0 || end < start ? null : (start, start + _text[start..end].TrimEnd().Length);
    }

    private string ReadSection(long at, out long? previous)
    {
        if (at >= _text.Length || string.CompareOrdinal(_text, (int)at, "xref", 0, 4) != 0)
        {
            throw new NotSupportedException("the PDF has a cross-reference stream, not a classic xref table");
        }

        var trailerAt = _text.IndexOf("trailer", (int)at, StringComparison.Ordinal);
        if (trailerAt < 0)
        {
            throw new FormatException("the PDF's xref table has no trailer");
        }

        var lines = _text[((int)at + 4)..trailerAt].Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var number = 0;
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                number = int.Parse(parts[0], CultureInfo.InvariantCulture);
                continue;
            }

            if (parts.Length == 3 && parts[2] == "n")
            {
                _offsets.TryAdd(number, long.Parse(parts[0], CultureInfo.InvariantCulture));
            }

            number++;
        }

        var open = _text.IndexOf("<<", trailerAt, StringComparison.Ordinal);
        var close = _text.IndexOf("startxref", trailerAt, StringComparison.Ordinal);
        var trailer = _text[open..close].TrimEnd();
        var prev = Regex.Match(trailer, @"/Prev\s+(\d+)");
        previous = prev.Success ? long.Parse(prev.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        return trailer;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
