using System.Globalization;
using Generator.Diagnostics;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>static_file '/files/report.pdf'</c>: a file under <c>static/</c> (the site's, else the
/// theme's) as a download shows it: its URL, its type (<c>PDF</c>) and its size in the page's
/// language (<c>1.2 MB</c>, <c>1,2 Mo</c> in French). A file the site does not have is an error.
/// </summary>
public sealed class StaticFileFunction() : TemplateFunction("static_file", 1, 1)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var path = context.Text(arguments[0]).Trim();
        var config = context.Scope.Model.Config;
        var relative = path.StartsWith(config.BasePath, StringComparison.Ordinal) ? path[config.BasePath.Length..] : path.TrimStart('/');
        if (context.Scope.Assets.File(relative) is not { } file)
        {
            throw new TemplateFunctionException(caller.Span, DiagnosticCodes.ShortcodeMisused, $"no file '{DiagnosticText.Quote(path)}' under static/",
                "put the file in input/static/ and give its path from there, e.g. /files/report.pdf for input/static/files/report.pdf");
        }

        var result = new ScriptObject(StringComparer.Ordinal);
        result.SetValue("url", config.BasePath + file.Path, readOnly: true);
        result.SetValue("type", Path.GetExtension(relative).TrimStart('.').ToUpperInvariant(), readOnly: true);
        result.SetValue("size", Size(file.Length, context.Scope.Language.Culture, context), readOnly: true);
        result.SetValue("bytes", file.Length, readOnly: true);
        return result;
    }

    /// <summary>A size in the language's units and number format: bytes, kB, MB (units from the UI strings <c>size.*</c>).</summary>
    private static string Size(long bytes, CultureInfo culture, HtmlTemplateContext context)
    {
        var (number, unit) = bytes switch
        {
            < 1000 => (bytes.ToString(culture), "size.bytes"),
            < 1_000_000 => (Rounded(bytes / 1000.0, culture), "size.kb"),
            _ => (Rounded(bytes / 1_000_000.0, culture), "size.mb"),
        };
        return context.Scope.Strings.TryGet(context.Scope.Language.Code, unit, out var format) ? string.Format(culture, format, number) : number;
    }

    private static string Rounded(double value, CultureInfo culture) => value.ToString(value < 10 ? "0.#" : "0", culture);
}
