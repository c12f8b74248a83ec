using Generator.Diagnostics;

namespace Generator.Cli;

/// <summary>Prints diagnostics compiler-style, each followed by its hint.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
            if (diagnostic.Hint is { } hint)
            {
                foreach (var line in hint.Split('\n'))
                {
                    writer.WriteLine("    hint: " + line);
                }
            }
        }
    }
}
