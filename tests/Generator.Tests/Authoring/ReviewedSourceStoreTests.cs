using Generator.Authoring;
using Generator.Content;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Authoring;

/// <summary>
/// The copies <c>translations --review</c> keeps of the source text it reviewed against, one file
/// per content hash in <c>input/.translations/</c>: exact round trip, nothing returned for a copy
/// edited by hand or for a hash that is not one, and copies no translation refers to removed.
/// </summary>
public sealed class ReviewedSourceStoreTests
{
    private static readonly SourceText Text = new("L'\"intégration\": #1 🙂", "Résumé: a, b\n  indented", "First paragraph.\n\n- item\n\n---\n\nLast.\n");

    [Fact]
    public void A_kept_copy_is_found_by_its_hash_exactly_as_it_was()
    {
        using var site = new TempDirectory();
        var store = ReviewedSourceStore.In(new PhysicalFileSystem(), site.Combine("input"));

        store.Keep(Text);

        Assert.True(File.Exists(site.Combine("input", ".translations", Text.Hash + ".md")));
        Assert.Equal(Text, store.Find(Text.Hash));
        Assert.Equal(ContentHasher.Hash(Text.Title, Text.Summary, Text.Body), Text.Hash);
    }

    [Fact]
    public void A_copy_without_summary_keeps_none()
    {
        using var site = new TempDirectory();
        var store = ReviewedSourceStore.In(new PhysicalFileSystem(), site.Combine("input"));
        var text = new SourceText("Title", null, "Body.\n");

        store.Keep(text);

        Assert.Equal(text, store.Find(text.Hash));
    }

    [Fact]
    public void A_copy_edited_by_hand_or_a_hash_that_is_not_one_finds_nothing()
    {
        using var site = new TempDirectory();
        var store = ReviewedSourceStore.In(new PhysicalFileSystem(), site.Combine("input"));
        store.Keep(Text);
        var path = site.Combine("input", ".translations", Text.Hash + ".md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Last.", "Changed."));
        site.Write("input/secret.md", "---\ntitle: x\n---\n");

        Assert.Null(store.Find(Text.Hash));
        Assert.Null(store.Find("0000000000000000"));
        Assert.Null(store.Find("../secret"));
    }

    [Fact]
    public void Prune_removes_the_copies_no_translation_refers_to_and_nothing_else()
    {
        using var site = new TempDirectory();
        var store = ReviewedSourceStore.In(new PhysicalFileSystem(), site.Combine("input"));
        var other = new SourceText("Other", null, "Text.\n");
        store.Keep(Text);
        store.Keep(other);
        var readme = site.Write("input/.translations/README.txt", "kept\n");

        var removed = store.Prune(new HashSet<string> { other.Hash });

        Assert.Equal([Path.Combine(site.Combine("input", ".translations"), Text.Hash + ".md")], removed);
        Assert.Null(store.Find(Text.Hash));
        Assert.Equal(other, store.Find(other.Hash));
        Assert.True(File.Exists(readme));
    }
}
