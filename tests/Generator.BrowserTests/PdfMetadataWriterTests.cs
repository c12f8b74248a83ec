using System.Text;
using Generator.Publishing.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Generator.BrowserTests;

/// <summary>The incremental update that gives a printed PDF its metadata, on small hand-written PDFs like Chromium's.</summary>
public sealed class PdfMetadataWriterTests
{
    private static readonly PdfMetadata Metadata =
        new("Guide d'été · Ελληνικά", "Ville de Montréal", "Été 2020", "fr", new DateTimeOffset(2020, 5, 3, 12, 0, 0, TimeSpan.FromHours(-4.5)));

    [Fact]
    public void The_update_is_appended_with_a_new_info_a_catalog_with_lang_and_an_xref_pointing_back_and_the_old_date_is_the_job_date()
    {
        var original = Pdf("/Producer (Skia/PDF m156)\n/CreationDate (D:20261126104158+00'00')", "/Type /Catalog\n/Pages 3 0 R");

        var updated = PdfMetadataWriter.Write(original, Metadata);

        var stamped = Encoding.Latin1.GetString(original).Replace("(D:20261126104158+00'00')", "(D:20200503120000-04'30')");
        Assert.Equal(stamped, Encoding.Latin1.GetString(updated[..original.Length]));
        var info = $"1 0 obj\n<</Title {PdfMetadataWriter.Text("Guide d'été · Ελληνικά")}\n/Author {PdfMetadataWriter.Text("Ville de Montréal")}\n/Subject {PdfMetadataWriter.Text("Été 2020")}"
            + "\n/Producer (Skia/PDF m156)\n/CreationDate (D:20200503120000-04'30')\n/ModDate (D:20200503120000-04'30')>>\nendobj\n";
        var catalog = "2 0 obj\n<</Type /Catalog\n/Pages 3 0 R\n/Lang (fr)>>\nendobj\n";
        var start = original.Length + 1;
        var xref = $"xref\n1 1\n{start:D10} 00000 n\r\n2 1\n{start + Encoding.Latin1.GetByteCount(info):D10} 00000 n\r\n";
        var trailer = $"trailer\n<</Size 5\n/Root 2 0 R\n/Info 1 0 R\n/Prev {Startxref(original)}>>\nstartxref\n{start + info.Length + catalog.Length}\n%%EOF\n";
        Assert.Equal("\n" + info + catalog + xref + trailer, Encoding.Latin1.GetString(updated[original.Length..]));
    }

    [Fact]
    public async Task Readers_see_the_new_metadata_with_its_accents()
    {
        var updated = PdfMetadataWriter.Write(Pdf("/Producer (Skia/PDF m156)", "/Type /Catalog\n/Pages 3 0 R\n/Lang (en)"), Metadata);

        using (var document = PdfDocument.Open(updated))
        {
            Assert.Equal(("Guide d'été · Ελληνικά", "Ville de Montréal", "Été 2020", "Skia/PDF m156"), (document.Information.Title, document.Information.Author, document.Information.Subject, document.Information.Producer));
            Assert.Equal("fr", Assert.IsType<StringToken>(document.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
            Assert.Equal(1, document.NumberOfPages);
        }

        var info = await PdfPrinterTests.Poppler("pdfinfo", updated);
        Assert.Contains("Title:           Guide d'été · Ελληνικά\n", info);
        Assert.Contains("Subject:         Été 2020\n", info);
        Assert.DoesNotContain("rror", info);
    }

    [Fact]
    public void A_catalog_already_in_the_language_is_left_alone_and_a_missing_info_gets_a_new_number()
    {
        var original = Pdf(null, "/Type /Catalog\n/Pages 3 0 R\n/Lang (fr)");

        var tail = Encoding.Latin1.GetString(PdfMetadataWriter.Write(original, Metadata with { Author = null, Subject = null, Date = null })[original.Length..]);

        Assert.StartsWith($"\n5 0 obj\n<</Title {PdfMetadataWriter.Text("Guide d'été · Ελληνικά")}>>\nendobj\nxref\n5 1\n", tail);
        Assert.Contains("trailer\n<</Size 6\n/Root 2 0 R\n/Info 5 0 R\n/Prev ", tail);
    }

    [Fact]
    public void A_second_update_points_back_to_the_first_and_wins()
    {
        var once = PdfMetadataWriter.Write(Pdf("/Producer (Skia/PDF m156)", "/Type /Catalog\n/Pages 3 0 R"), Metadata);

        var twice = PdfMetadataWriter.Write(once, Metadata with { Title = "Deuxième titre", Language = "nl" });

        Assert.Contains($"/Prev {Startxref(once)}>>", Encoding.Latin1.GetString(twice[once.Length..]));
        using var document = PdfDocument.Open(twice);
        Assert.Equal(("Deuxième titre", "Ville de Montréal", "Skia/PDF m156"), (document.Information.Title, document.Information.Author, document.Information.Producer));
        Assert.Equal("nl", Assert.IsType<StringToken>(document.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
    }

    [Fact]
    public void A_cross_reference_stream_is_refused_rather_than_damaged()
    {
        var compressed = Encoding.Latin1.GetBytes("%PDF-1.5\n1 0 obj\n<</Type /XRef /Size 1 /W [1 2 1] /Length 0>>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n");

        var error = Assert.Throws<NotSupportedException>(() => PdfMetadataWriter.Write(compressed, Metadata));

        Assert.Equal("the PDF has a cross-reference stream, not a classic xref table", error.Message);
    }

    [Fact]
    public void Text_strings_are_utf16_big_endian_with_a_byte_order_mark() =>
        Assert.Equal("<FEFF00C9007400E90020D83DDE00>", PdfMetadataWriter.Text("Été 😀"));

    /// <summary>A one-page PDF as Skia writes it: a classic xref table, the info dictionary first (when any), then the catalog.</summary>
    private static byte[] Pdf(string? info, string catalog)
    {
        var text = new StringBuilder("%PDF-1.4\n%\u00D3\u00EB\u00E9\u00E1\n");
        var offsets = new List<int>();
        string[] objects =
        [
            info is null ? "<</Type /Unused>>" : $"<<{info}>>",
            $"<<{catalog}>>",
            "<</Type /Pages\n/Kids [4 0 R]\n/Count 1>>",
            "<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 200 200]>>",
        ];
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append("xref\n0 5\n0000000000 65535 f \n");
        foreach (var offset in offsets) text.Append($"{offset:D10} 00000 n \n");
        text.Append($"trailer\n<</Size 5\n/Root 2 0 R{(info is null ? string.Empty : "\n/Info 1 0 R")}>>\nstartxref\n{xref}\n%%EOF");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    private static int Startxref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10;
        return int.Parse(text[at..text.IndexOf('\n', at)]);
    }
}
