using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Yaml;

/// <summary>
/// What the generator accepts of a loaded YAML tree beyond the YAML syntax: keys that are
/// texts, and aliases that neither refer to their own anchor nor expand to more than
/// <see cref="MaxValues"/> values (YAML's "billion laughs"). Found by one walk that stops at
/// the first such problem, so a hostile tree costs no more than <see cref="MaxValues"/> steps.
/// </summary>
internal static class YamlShape
{
    public const int MaxValues = 10_000;

    public sealed record Problem(Mark Where, string Message, string Hint);

    public static IEnumerable<Problem> Check(YamlNode root)
    {
        var onPath = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(YamlNode Node, IEnumerator<(YamlNode Node, bool IsKey)> Children)>();
        var visited = 0;
        onPath.Add(root);
        stack.Push((root, ChildrenOf(root).GetEnumerator()));
        var problems = new List<Problem>();
        while (stack.Count > 0)
        {
            var (node, children) = stack.Peek();
            if (!children.MoveNext())
            {
                onPath.Remove(node);
                stack.Pop();
                continue;
            }

            var (child, isKey) = children.Current;
            if (++visited > MaxValues)
            {
                return [new Problem(child.Start, $"the aliases in this YAML expand to more than {MaxValues:N0} values",
                    "an alias (*name) repeats what its anchor (&name) holds; write the values out, or use fewer nested aliases")];
            }

            if (!onPath.Add(child))
            {
                return [new Problem(child.Start, $"the anchor '&{child.Anchor}' refers to itself through an alias",
                    "an alias (*name) cannot appear inside the value its anchor (&name) marks")];
            }

            stack.Push((child, ChildrenOf(child).GetEnumerator()));
            if (isKey && child is YamlScalarNode { Value: null or "" })
            {
                problems.Add(new Problem(child.Start, "a key is missing before ':'", "write the key's name before the colon: 'key: value'"));
            }
            else if (isKey && child is not YamlScalarNode)
            {
                problems.Add(new Problem(child.Start, "a key must be a text, not " + YamlSource.Describe(child),
                    "write the key as plain text, followed by a colon: 'key: value'"));
            }
        }

        return problems;
    }

    private static IEnumerable<(YamlNode Node, bool IsKey)> ChildrenOf(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.Select(child => (child, false)),
        YamlMappingNode mapping => mapping.Children.SelectMany(pair => new[] { (pair.Key, true), (pair.Value, false) }),
        _ => [],
    };
}
