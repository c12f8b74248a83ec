using System.Diagnostics;

namespace Generator.Diagnostics;

/// <summary>
/// A bug in the generator met while processing a file, reported as a diagnostic at that file
/// (after which the other files are still processed and every diagnostic reported), so that no
/// exception reaches the user as a stack trace. Commands exit with a code of their own for it.
/// </summary>
public static class InternalError
{
    public static Diagnostic While(string stage, string file, Exception exception)
    {
        var inner = Unwrap(exception);
        var frame = new StackTrace(inner).GetFrames().Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("Generator", StringComparison.Ordinal) == true);
        var where = frame is null ? string.Empty : $" (in {frame.DeclaringType!.Name}.{frame.Name})";
        return new Diagnostic(Severity.Error, DiagnosticCodes.InternalError, file, 1, 1,
            $"internal error while {stage}: {inner.GetType().Name}: {inner.Message}{where}",
            "this is a bug in the generator, not a mistake in this file: please report it with this file and this message; the other diagnostics are reliable");
    }

    /// <summary>Runs <paramref name="work"/> for one file; a bug in it becomes a diagnostic at that file.</summary>
    public static void Guard(DiagnosticBag diagnostics, string stage, string file, Action work)
    {
        try
        {
            work();
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            diagnostics.Add(While(stage, file, ex));
        }
    }

    public static bool IsCancellation(Exception exception) => Unwrap(exception) is OperationCanceledException;

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;
}
