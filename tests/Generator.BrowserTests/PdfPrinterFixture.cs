using Generator.Publishing.Pdf;

namespace Generator.BrowserTests;

/// <summary>One PDF printer (one Chromium, two tabs at a time) for the printer's tests.</summary>
public sealed class PdfPrinterFixture : IAsyncLifetime
{
    public PdfPrinter Printer { get; private set; } = null!;

    public static PdfBrowser Browser => PdfBrowser.Locate(Directory.GetCurrentDirectory(), out var missing) ?? throw new InvalidOperationException(missing);

    public async Task InitializeAsync() => Printer = await PdfPrinter.StartAsync(Browser, 2, PdfPrinter.DefaultPageTimeout, CancellationToken.None);

    public async Task DisposeAsync() => await Printer.DisposeAsync();
}
