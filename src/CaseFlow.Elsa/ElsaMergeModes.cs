using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Elsa;

/// <summary>
/// The Merges with <c>waitFor</c> the import puts before an activity whose merge mode is Merge or Converge (decision 32): export
/// leaves them out and writes the mode on the activity again, so Elsa runs its own merge and the import rebuilds the same node.
/// </summary>
internal static class ElsaMergeModes
{
    /// <summary>Merge id → the activity it stands before and the mode to write there.</summary>
    public static Dictionary<string, (string Target, string Mode)> Find(WorkflowDefinition definition, FlowGraph graph)
    {
        var found = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var merge in definition.Root.Activities.Where(a => a.Type == MergeActivity.TypeName && MergeActivity.WaitFor(a).Count > 0))
        {
            var outgoing = definition.Outgoing(merge.Id).ToList();
            if (outgoing is not [{ Port: Connection.DefaultPort } only] || definition.Root.Connections.Any(c => c.To == only.To && c.From != merge.Id)) continue;
            var mode = merge.Id == only.To + "-merge" ? "Merge" : merge.Id == only.To + "-converge" ? "Converge" : null;
            var inbound = definition.Root.Connections.Where(c => c.To == merge.Id).ToList();
            // Only a node the import would build again from the drawing is left out: Merge counts forward paths, Converge all.
            if (mode is null || (mode == "Merge" && inbound.Any(graph.IsBack)) || merge.Name is not null || merge.Designer is not null
                || !inbound.Select(c => c.From).Distinct().SequenceEqual(MergeActivity.WaitFor(merge)))
                continue;
            found[merge.Id] = (only.To, mode);
        }
        return found;
    }
}
