using Generator.Rendering.KnowledgeMap;

namespace Generator.Tests.Rendering.KnowledgeMap;

/// <summary>Markers: a shape per group style, closed paths written with invariant numbers.</summary>
public sealed class MarkerShapesTests
{
    [Fact]
    public void Each_style_has_its_own_closed_shape()
    {
        var paths = Enumerable.Range(0, MarkerShapes.Count).Select(i => MarkerShapes.Path(i, 0, 0, 6)).ToArray();

        Assert.Equal(MarkerShapes.Count, paths.Distinct().Count());
        Assert.All(paths, p => Assert.Matches(@"^M[-0-9. aLZ]+Z$", p));
        Assert.Equal(paths[0], MarkerShapes.Path(MarkerShapes.Count, 0, 0, 6));
    }

    [Fact]
    public void Numbers_are_invariant_with_two_decimals_and_no_negative_zero()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            Assert.Equal("-1.23", SvgNumber.Format(-1.234));
            Assert.Equal("0", SvgNumber.Format(-0.001));
            Assert.Equal("12.5", SvgNumber.Format(12.5));
            Assert.DoesNotContain(",", MarkerShapes.Path(4, 1.5, -2.25, 3.3));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }
}
