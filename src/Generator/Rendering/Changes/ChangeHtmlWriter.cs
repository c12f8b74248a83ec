using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Generator.Rendering.Changes;

/// <summary>
/// Writes aligned blocks as HTML: each block as its element with its text escaped, a block added
/// or removed as a whole with its text in <c>&lt;ins class="block"&gt;</c> or
/// <c>&lt;del class="block"&gt;</c>, a changed block with its changed words in <c>&lt;del&gt;</c>
/// and <c>&lt;ins&gt;</c>. Consecutive list items are written as (nested) lists, consecutive
/// rows as a table. Counts the words inserted and deleted.
/// </summary>
internal sealed class ChangeHtmlWriter
{
    private readonly StringBuilder html = new();

    /// <summary>The lists open, innermost last, each with an item open (true for an <c>ol</c>).</summary>
    private readonly List<bool> lists = [];

    private bool tableOpen;

    public int WordsInserted { get; private set; }

    public int WordsDeleted { get; private set; }

    public string Write(ImmutableArray<AlignedBlock> blocks, CancellationToken cancellationToken)
    {
        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var shown = block.Shown;
            if (shown.Kind != BlockKind.ListItem)
            {
                CloseLists(0);
            }

            if (shown.Kind != BlockKind.TableRow && tableOpen)
            {
                html.Append("</tbody></table>\n");
                tableOpen = false;
            }

            switch (shown.Kind)
            {
                case BlockKind.Heading:
                    var level = shown.Level.ToString(CultureInfo.InvariantCulture);
                    html.Append("<h").Append(level);
                    if (block.Anchor is { } anchor)
                    {
                        html.Append(" id=\"").Append(Escape(anchor, attribute: true)).Append('"');
                    }

                    html.Append('>');
                    Text(block, lines: false);
                    html.Append("</h").Append(level).Append(">\n");
                    break;
                case BlockKind.ListItem:
                    OpenItem(shown);
                    Text(block, lines: false);
                    break;
                case BlockKind.TableRow:
                    Row(block);
                    break;
                case BlockKind.Code:
                    html.Append("<pre><code>");
                    Text(block, lines: true);
                    html.Append("</code></pre>\n");
                    break;
                case BlockKind.Quote:
                    html.Append("<blockquote><p>");
                    Text(block, lines: false);
                    html.Append("</p></blockquote>\n");
                    break;
                default:
                    html.Append("<p>");
                    Text(block, lines: false);
                    html.Append("</p>\n");
                    break;
            }
        }

        CloseLists(0);
        if (tableOpen)
        {
            html.Append("</tbody></table>\n");
        }

        return html.ToString();
    }

    /// <summary>Opens the item's list if needed (at most one level deeper than the lists open), closing deeper lists and the previous item.</summary>
    private void OpenItem(Block item)
    {
        var level = Math.Min(item.Level, lists.Count);
        CloseLists(level + 1);
        if (lists.Count == level + 1)
        {
            if (lists[^1] == item.Ordered)
            {
                html.Append("</li>\n");
            }
            else
            {
                CloseLists(level);
            }
        }

        if (lists.Count == level)
        {
            html.Append(lists.Count > 0 ? "\n" : string.Empty).Append(item.Ordered ? "<ol>\n" : "<ul>\n");
            lists.Add(item.Ordered);
        }

        html.Append("<li>");
    }

    private void CloseLists(int keep)
    {
        while (lists.Count > keep)
        {
            html.Append("</li>\n").Append(lists[^1] ? "</ol>" : "</ul>");
            lists.RemoveAt(lists.Count - 1);
            html.Append(lists.Count > 0 ? string.Empty : "\n");
        }
    }

    private void Row(AlignedBlock row)
    {
        if (!tableOpen)
        {
            html.Append("<table><tbody>\n");
            tableOpen = true;
        }

        html.Append("<tr>");
        var cells = row.Shown.Cells;
        for (var i = 0; i < cells.Length; i++)
        {
            var name = cells[i].Header ? "th" : "td";
            html.Append('<').Append(name).Append('>');
            var older = row.Older is { } o && i < o.Cells.Length ? new Block(BlockKind.Paragraph, o.Cells[i].Text) : null;
            var newer = row.Newer is { } n && i < n.Cells.Length ? new Block(BlockKind.Paragraph, n.Cells[i].Text) : null;
            Text(new AlignedBlock(row.Change, older, newer), lines: false);
            html.Append("</").Append(name).Append('>');
        }

        html.Append("</tr>\n");
    }

    /// <summary>The block's text: as it is, all inserted or deleted, or with its changed words marked.</summary>
    private void Text(AlignedBlock block, bool lines)
    {
        switch (block.Change)
        {
            case BlockChange.Same:
                html.Append(Escape(block.Newer!.Text, attribute: false));
                break;
            case BlockChange.Added:
                Mark(new WordRun(WordRunKind.Inserted, block.Newer!.Text, Words.Count(block.Newer.Text)), " class=\"block\"");
                break;
            case BlockChange.Removed:
                Mark(new WordRun(WordRunKind.Deleted, block.Older!.Text, Words.Count(block.Older.Text)), " class=\"block\"");
                break;
            default:
                var runs = lines ? WordDiffer.Lines(block.Older!.Text, block.Newer!.Text) : WordDiffer.Words(block.Older!.Text, block.Newer!.Text);
                var separator = lines ? "\n" : " ";
                for (var i = 0; i < runs.Length; i++)
                {
                    html.Append(i > 0 ? separator : string.Empty);
                    Mark(runs[i], string.Empty);
                }

                break;
        }
    }

    private void Mark(WordRun run, string attributes)
    {
        if (run.Text.Length == 0)
        {
            return;
        }

        var element = run.Kind switch
        {
            WordRunKind.Inserted => "ins",
            WordRunKind.Deleted => "del",
            _ => null,
        };
        WordsInserted += run.Kind == WordRunKind.Inserted ? run.Words : 0;
        WordsDeleted += run.Kind == WordRunKind.Deleted ? run.Words : 0;
        if (element is not null)
        {
            html.Append('<').Append(element).Append(attributes).Append('>');
        }

        html.Append(Escape(run.Text, attribute: false));
        if (element is not null)
        {
            html.Append("</").Append(element).Append('>');
        }
    }

    /// <summary>Escapes <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> (and quotes in attributes); other characters, no-break spaces too, are written as they are.</summary>
    private static string Escape(string text, bool attribute)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' when attribute => escaped.Append("&quot;"),
                _ when char.IsControl(c) && c is not ('\n' or '\t') => escaped.Append('\uFFFD'),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
