using LibGit2Sharp;

namespace Generator.Content.History;

/// <summary>
/// The files whose history is wanted, as a tree of their repository paths, and the files a commit
/// changed: found by walking the commit's tree beside its parent's, only down the folders that
/// hold a wanted file and that differ (same tree id, same content: skipped).
/// </summary>
internal sealed class TrackedPaths
{
    private readonly Node root = new();

    /// <summary>Adds the file at this repository path (with <c>/</c>), known by its index in the request.</summary>
    public void Add(string repositoryPath, int file)
    {
        var node = root;
        foreach (var name in repositoryPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!node.Children.TryGetValue(name, out var child))
            {
                child = new Node();
                node.Children.Add(name, child);
            }

            node = child;
        }

        node.Files.Add(file);
    }

    /// <summary>
    /// The wanted files present in the commit whose content differs from the parent's (or that the
    /// parent has not). A merge changed a file only when the file differs from every parent's:
    /// a merge that takes one side's version changed nothing, the side's own commit did.
    /// </summary>
    public HashSet<int> ChangedBy(Commit commit)
    {
        var changed = new HashSet<int>();
        var parents = commit.Parents.ToList();
        Compare(commit.Tree, parents.Count == 0 ? null : parents[0].Tree, root, changed);
        foreach (var parent in parents.Skip(1))
        {
            if (changed.Count == 0)
            {
                break;
            }

            var alsoFromThisParent = new HashSet<int>();
            Compare(commit.Tree, parent.Tree, root, alsoFromThisParent);
            changed.IntersectWith(alsoFromThisParent);
        }

        return changed;
    }

    private static void Compare(Tree tree, Tree? parentTree, Node node, HashSet<int> changed)
    {
        if (parentTree is not null && tree.Id == parentTree.Id)
        {
            return;
        }

        foreach (var (name, child) in node.Children)
        {
            if (tree[name] is not { } entry)
            {
                continue;
            }

            var parentEntry = parentTree?[name];
            if (child.Files.Count > 0 && entry.TargetType == TreeEntryTargetType.Blob
                && (parentEntry is not { TargetType: TreeEntryTargetType.Blob } || parentEntry.Target.Id != entry.Target.Id))
            {
                changed.UnionWith(child.Files);
            }

            if (child.Children.Count > 0 && entry.TargetType == TreeEntryTargetType.Tree)
            {
                Compare((Tree)entry.Target, parentEntry is { TargetType: TreeEntryTargetType.Tree } ? (Tree)parentEntry.Target : null, child, changed);
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<int> Files { get; } = [];
    }
}
