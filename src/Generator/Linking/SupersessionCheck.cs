using System.Collections.Immutable;
using Generator.Configuration.Schema;
using Generator.Diagnostics;
using Generator.Model;

namespace Generator.Linking;

/// <summary>
/// Checks supersession both ways, once the relations are resolved. A document in a status that
/// needs a successor (<c>superseded</c>) is replaced by a published one: it names it as
/// <c>supersededBy</c>, or another names it in <c>supersedes</c> (GEN080). The two sides agree:
/// a document named as a successor does not name other documents in <c>supersedes</c> without
/// this one, and a document another names in <c>supersedes</c> is in a status that has a
/// successor when its lifecycle has one (GEN081).
/// </summary>
internal sealed class SupersessionCheck(SiteModel model)
{
    public void Check(ImmutableArray<LinkEdge> edges, DiagnosticBag diagnostics)
    {
        var supersedes = edges.Where(e => e.Kind == LifecycleDefinition.SupersedesKey && e.Source != e.Target).ToArray();
        var supersededBy = edges.Where(e => e.Kind == LifecycleDefinition.SupersededByKey && e.Source != e.Target).ToArray();
        foreach (var group in model.Groups.Values)
        {
            var document = group.Source;
            if (model.Config.Model.Type(group.Type)?.Lifecycle is not { } lifecycle)
            {
                continue;
            }

            var status = lifecycle.Status(document.FrontMatter.Fields.GetValueOrDefault(lifecycle.Field) as string);
            var named = supersededBy.Where(e => e.Source == group.Key).Select(e => e.Target).ToArray();
            var naming = supersedes.Where(e => e.Target == group.Key).Select(e => e.Source).ToArray();
            var where = document.FrontMatter.PositionOf(lifecycle.Field, document.File);
            // A successor that is named but not found is reported where it is named (GEN050).
            if (status is { Successor: true } && named.Length == 0 && naming.Length == 0 && !document.FrontMatter.Relations.ContainsKey(LifecycleDefinition.SupersededByKey))
            {
                diagnostics.Error(DiagnosticCodes.NoSuccessor, where, $"the document is '{status.Name}' but names no successor",
                    $"name the document that replaces it: {LifecycleDefinition.SupersededByKey}: [section/its-id]");
            }

            if (status is { Successor: false } && naming.Length > 0 && lifecycle.Statuses.Any(s => s.Successor))
            {
                var successor = lifecycle.Statuses.First(s => s.Successor).Name;
                diagnostics.Error(DiagnosticCodes.SupersessionMismatch, where,
                    $"'{naming[0]}' supersedes this document, but its status is '{status.Name}'", $"set '{lifecycle.Field}: {successor}', or correct '{naming[0]}'");
            }

            foreach (var successor in named)
            {
                var replaces = supersedes.Where(e => e.Source == successor).Select(e => e.Target).ToArray();
                if (replaces.Length > 0 && !replaces.Contains(group.Key))
                {
                    diagnostics.Error(DiagnosticCodes.SupersessionMismatch, document.FrontMatter.PositionOf(LifecycleDefinition.SupersededByKey, document.File),
                        $"'{successor}' is named as this document's successor, but its '{LifecycleDefinition.SupersedesKey}' names {string.Join(", ", replaces.Select(r => $"'{r}'"))}",
                        $"add '{group.Key}' to the '{LifecycleDefinition.SupersedesKey}' of '{successor}', or name the right successor");
                }
            }
        }
    }
}
