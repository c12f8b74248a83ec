using System.Collections.Immutable;
using Generator.Rendering.Changes;

namespace Generator.Tests.Changes;

/// <summary>
/// The "what changed" comparison of two rendered versions of a document: the newer text with
/// words inserted and deleted marked, headings kept as landmarks, whole blocks marked as added or
/// removed, the changed sections listed, and the words counted.
/// </summary>
public sealed class VersionComparerTests
{
    private static readonly VersionComparer Comparer = new();

    private const string Policy = """
        <p>This policy applies to every city.</p>
        <h2 id="scope"><a class="heading-anchor" href="#scope">Scope</a></h2>
        <p>It covers the <em>reception</em> of young migrants in <a href="/cities/">cities</a>.</p>
        <ul>
        <li>Housing</li>
        <li>Schooling</li>
        </ul>
        <h2 id="funding"><a class="heading-anchor" href="#funding">Funding</a></h2>
        <p>The state pays half of the cost.</p>
        """;

    private const string PolicyAsText = """
        <p>This policy applies to every city.</p>
        <h2 id="scope">Scope</h2>
        <p>It covers the reception of young migrants in cities.</p>
        <ul>
        <li>Housing</li>
        <li>Schooling</li>
        </ul>
        <h2 id="funding">Funding</h2>
        <p>The state pays half of the cost.</p>

        """;

    private static ChangedSection Changed(string title, string anchor, int level = 2) => new(title, anchor, level, SectionChangeKind.Changed);

    [Fact]
    public void Identical_versions_have_no_changes_and_give_their_blocks_as_text()
    {
        var comparison = Comparer.Compare(Policy, Policy);

        Assert.Equal(new VersionComparison(PolicyAsText, [], 0, 0, false), comparison);
    }

    [Fact]
    public void Spacing_and_inline_markup_alone_are_no_change()
    {
        var respaced = Policy.Replace("in <a href=\"/cities/\">cities</a>", "in\n   cities").Replace("half of", "half\u00A0of");

        var comparison = Comparer.Compare(Policy, respaced);

        Assert.False(comparison.HasChanges);
        Assert.Empty(comparison.Sections);
    }

    [Fact]
    public void A_word_replaced_is_deleted_then_inserted_in_its_paragraph_and_its_section_is_changed()
    {
        var comparison = Comparer.Compare(Policy, Policy.Replace("pays half", "pays a third"));

        Assert.Equal(PolicyAsText.Replace("pays half", "pays <del>half</del> <ins>a third</ins>"), comparison.Html);
        Assert.Equal([Changed("Funding", "funding")], comparison.Sections.ToArray());
        Assert.Equal((2, 1, true), (comparison.WordsInserted, comparison.WordsDeleted, comparison.HasChanges));
    }

    [Fact]
    public void A_change_before_the_first_heading_is_a_section_without_title_or_anchor()
    {
        var comparison = Comparer.Compare(Policy, Policy.Replace("every city.", "every town."));

        Assert.Contains("<p>This policy applies to every <del>city.</del> <ins>town.</ins></p>", comparison.Html);
        Assert.Equal([new ChangedSection(null, null, 0, SectionChangeKind.Changed)], comparison.Sections.ToArray());
    }

    [Fact]
    public void A_section_added_is_listed_as_added_and_its_blocks_are_inserted()
    {
        var newer = Policy + "\n<h2 id=\"appeals\">Appeals</h2>\n<p>Write to the mayor &amp; council.</p>\n<p>Within a month.</p>";

        var comparison = Comparer.Compare(Policy, newer);

        var expected = PolicyAsText + """
            <h2 id="appeals"><ins class="block">Appeals</ins></h2>
            <p><ins class="block">Write to the mayor &amp; council.</ins></p>
            <p><ins class="block">Within a month.</ins></p>

            """;
        Assert.Equal(expected, comparison.Html);
        Assert.Equal([new ChangedSection("Appeals", "appeals", 2, SectionChangeKind.Added)], comparison.Sections.ToArray());
        Assert.Equal((10, 0), (comparison.WordsInserted, comparison.WordsDeleted));
    }

    [Fact]
    public void A_section_removed_is_listed_as_removed_with_its_older_anchor_and_its_blocks_are_deleted()
    {
        var newer = Policy[..Policy.IndexOf("<h2 id=\"funding\"", StringComparison.Ordinal)];

        var comparison = Comparer.Compare(Policy, newer);

        Assert.EndsWith("""
            </ul>
            <h2 id="funding"><del class="block">Funding</del></h2>
            <p><del class="block">The state pays half of the cost.</del></p>

            """, comparison.Html);
        Assert.Equal([new ChangedSection("Funding", "funding", 2, SectionChangeKind.Removed)], comparison.Sections.ToArray());
        Assert.Equal((0, 8), (comparison.WordsInserted, comparison.WordsDeleted));
    }

    [Fact]
    public void A_heading_renamed_shows_its_word_diff_in_the_heading_with_its_newer_id()
    {
        var newer = Policy.Replace("<h2 id=\"funding\"><a class=\"heading-anchor\" href=\"#funding\">Funding</a></h2>", "<h2 id=\"costs\">Costs</h2>");

        var comparison = Comparer.Compare(Policy, newer);

        Assert.Contains("\n<h2 id=\"costs\"><del>Funding</del> <ins>Costs</ins></h2>\n<p>The state pays half of the cost.</p>\n", comparison.Html);
        Assert.Equal([Changed("Costs", "costs")], comparison.Sections.ToArray());
    }

    [Fact]
    public void A_list_item_added_is_an_inserted_item_of_the_same_list()
    {
        var comparison = Comparer.Compare(Policy, Policy.Replace("<li>Schooling</li>", "<li>Schooling</li>\n<li>Health care</li>"));

        Assert.Contains("<ul>\n<li>Housing</li>\n<li>Schooling</li>\n<li><ins class=\"block\">Health care</ins></li>\n</ul>\n<h2 id=\"funding\">", comparison.Html);
        Assert.Equal([Changed("Scope", "scope")], comparison.Sections.ToArray());
    }

    [Fact]
    public void Nested_lists_and_ordered_lists_stay_lists()
    {
        const string Older = "<ol><li>One<ul><li>Inner</li></ul></li><li>Two</li></ol>";
        const string Newer = "<ol><li>One<ul><li>Inner part</li></ul></li><li>Two</li></ol>";

        var comparison = Comparer.Compare(Older, Newer);

        Assert.Equal("<ol>\n<li>One\n<ul>\n<li>Inner <ins>part</ins></li>\n</ul></li>\n<li>Two</li>\n</ol>\n", comparison.Html);
    }

    [Fact]
    public void A_paragraph_rewritten_is_removed_and_another_added_rather_than_a_soup_of_words()
    {
        var comparison = Comparer.Compare("<p>The state pays half of the cost.</p>", "<p>Cities decide alone who is received.</p>");

        Assert.Equal("<p><del class=\"block\">The state pays half of the cost.</del></p>\n<p><ins class=\"block\">Cities decide alone who is received.</ins></p>\n", comparison.Html);
    }

    [Fact]
    public void Punctuation_stays_with_its_word()
    {
        var comparison = Comparer.Compare("<p>It covers towns and cities, in France.</p>", "<p>It covers towns and cities. In France.</p>");

        Assert.Equal("<p>It covers towns and <del>cities, in</del> <ins>cities. In</ins> France.</p>\n", comparison.Html);
    }

    [Fact]
    public void Text_is_escaped_and_accents_and_no_break_spaces_survive()
    {
        const string Older = "<p>Les villes&nbsp;: 3 &lt; 4 &amp; l’État décide.</p>";
        const string Newer = "<p>Les villes&nbsp;: 3 &lt; 5 &amp; l’État décide.</p>";

        var comparison = Comparer.Compare(Older, Newer);

        Assert.Equal("<p>Les villes\u00A0: 3 &lt; <del>4</del> <ins>5</ins> &amp; l’État décide.</p>\n", comparison.Html);
    }

    [Fact]
    public void A_table_row_changed_is_compared_cell_by_cell()
    {
        const string Older = "<table><thead><tr><th>City</th><th>Places</th></tr></thead><tbody><tr><td>Lyon</td><td>40</td></tr></tbody></table>";
        const string Newer = "<table><thead><tr><th>City</th><th>Places</th></tr></thead><tbody><tr><td>Lyon</td><td>45</td></tr></tbody></table>";

        var comparison = Comparer.Compare(Older, Newer);

        Assert.Equal("<table><tbody>\n<tr><th>City</th><th>Places</th></tr>\n<tr><td>Lyon</td><td><del>40</del> <ins>45</ins></td></tr>\n</tbody></table>\n", comparison.Html);
    }

    [Fact]
    public void Odd_markup_is_read_as_text_without_throwing()
    {
        const string Odd = "<custom-box><p>Inside</p></custom-box><p>Unclosed <b>bold<div>block in inline</div><script>alert(1)</script><figure><img alt=x><figcaption>Map of Lyon</figcaption></figure>";

        var comparison = Comparer.Compare(Odd, Odd.Replace("Map", "Plan"));

        Assert.Equal("<p>Inside</p>\n<p>Unclosed bold</p>\n<p>block in inline</p>\n<p><del>Map</del> <ins>Plan</ins> of Lyon</p>\n", comparison.Html);
    }
}
