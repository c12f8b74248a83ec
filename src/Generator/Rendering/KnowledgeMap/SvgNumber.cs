using System.Globalization;

namespace Generator.Rendering.KnowledgeMap;

/// <summary>Numbers as SVG writes them: invariant, at most two decimals, no negative zero.</summary>
public static class SvgNumber
{
    public static string Format(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
