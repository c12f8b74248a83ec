using System.Globalization;
using Generator.Configuration.Schema;
using Generator.Content;
using Generator.Dates;
using Generator.Diagnostics;

namespace Generator.Validation;

/// <summary>
/// Checks one policy document against its type's lifecycle: a consultation gives its period and
/// closes on or after the day it opens; a version number is a whole number. An unknown status
/// is the status field's own check (an enum).
/// </summary>
internal static class LifecycleValidator
{
    public static void Validate(ParsedDocument document, LifecycleDefinition lifecycle, DiagnosticBag diagnostics)
    {
        var fm = document.FrontMatter;
        var opens = fm.Fields.GetValueOrDefault(LifecycleDefinition.OpensKey) as DateValue?;
        var closes = fm.Fields.GetValueOrDefault(LifecycleDefinition.ClosesKey) as DateValue?;
        if (opens is { } start && closes is { } end && end.EndsBefore(start))
        {
            diagnostics.Error(DiagnosticCodes.ConsultationPeriod, fm.PositionOf(LifecycleDefinition.ClosesKey, document.File),
                $"the consultation closes on {end} before it opens on {start}", "swap 'opens' and 'closes', or correct the year");
        }

        if (fm.Fields.GetValueOrDefault(LifecycleDefinition.VersionKey) is double number && (number < 1 || number != Math.Floor(number) || number >= 10000))
        {
            diagnostics.Error(DiagnosticCodes.VersionInvalid, fm.PositionOf(LifecycleDefinition.VersionKey, document.File),
                string.Create(CultureInfo.InvariantCulture, $"version {number} is not a whole number from 1"), "number versions 1, 2, 3…");
        }

        if (lifecycle.Status(fm.Fields.GetValueOrDefault(lifecycle.Field) as string) is not { } status)
        {
            return;
        }

        var where = fm.PositionOf(lifecycle.Field, document.File);
        if (status.Consultation && (opens is null || closes is null))
        {
            var missing = opens is null && closes is null ? "'opens' and 'closes'" : opens is null ? "'opens'" : "'closes'";
            diagnostics.Error(DiagnosticCodes.ConsultationPeriod, where, $"the document is in consultation but has no {missing}",
                "give the consultation's first and last days: opens: 2020-03-01 and closes: 2020-04-30");
        }
    }
}
