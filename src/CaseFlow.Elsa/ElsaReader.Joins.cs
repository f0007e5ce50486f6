using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Elsa;

// Where Elsa's paths meet and end (docs/decisions.md, decisions 25 and 32).
internal sealed partial class ElsaReader
{
    /// <summary>
    /// Joins (decision 25): a FlowJoin waits for the nearest Fork its paths come from (with none, paths after a decision, it lets
    /// each through); where forward paths from a Fork meet without one, the target's merge mode decides. Where paths meet with no
    /// Fork behind them, Merge and Converge wait for every inbound path as Elsa does, so after a decision they never continue (decision 32).
    /// </summary>
    private void ResolveJoins(Flowchart chart)
    {
        var graph = new FlowGraph(chart);
        ScopeTerminals(graph);
        foreach (var id in _explicitJoins)
        {
            var node = Find(id)!;
            if (graph.CommonFork(graph.ForwardInbound(id).Select(c => c.From).ToList()) is { } fork) node.Props = new JsonObject { ["forkId"] = fork, ["mode"] = node.Props["mode"]?.DeepClone() };
            else { node.Type = MergeActivity.TypeName; node.Props = new JsonObject(); }
        }
        foreach (var node in _nodes.ToList())
        {
            if (node.Type is JoinActivity.TypeName or MergeActivity.TypeName or EndActivity.TypeName or StartActivity.TypeName) continue;
            var inbound = graph.ForwardInbound(node.Id).ToList();
            if (inbound.Count < 2) continue;
            var mode = _mergeModes.GetValueOrDefault(node.Id) ?? "Stream";
            if (IsMode(mode, "Cascade")) continue;
            if (graph.CommonFork(inbound.Select(c => c.From).ToList()) is not { } fork)
            {
                if (IsMode(mode, "Merge") || IsMode(mode, "Converge")) WaitForEveryPath(node, mode, IsMode(mode, "Converge") ? [.. chart.Connections.Where(c => c.To == node.Id)] : inbound);
                continue;
            }
            var join = Add(Unique(node.Id + "-join"), JoinActivity.TypeName, null,
                new JsonObject { ["forkId"] = fork, ["mode"] = IsMode(mode, "Race") ? "any" : "all" }, null);
            Redirect(inbound, join.Id, node.Id);
        }
    }

    /// <summary>
    /// Elsa's Merge waits for a token on each forward inbound connection, Converge on each inbound one, back-edges too, and an
    /// unconsumed token keeps the flowchart from completing: after a decision the instance waits there for good.
    /// </summary>
    private void WaitForEveryPath(ActivityNode node, string mode, List<Connection> inbound)
    {
        // Imported as Elsa runs it, and reported: the drawing keeps every such instance waiting there.
        problems.Add(new("elsa-merge-never-continues", $"activities[{node.Id}].customProperties.mergeMode",
            $"'{node.Id}' merges with mode {mode}, which waits for every inbound path, but its paths come from a decision that takes one: like Elsa, it never continues. Use Stream (the default)."));
        var waitFor = new JsonArray(inbound.Select(c => c.From).Distinct().Select(s => (JsonNode)s).ToArray());
        // Named after the mode, so that export can write the mode back (ElsaMergeModes).
        var merge = Add(Unique($"{node.Id}-{mode.ToLowerInvariant()}"), MergeActivity.TypeName, null, new JsonObject { ["waitFor"] = waitFor }, null);
        Redirect(inbound, merge.Id, node.Id);
    }

    private void Redirect(List<Connection> inbound, string via, string target)
    {
        foreach (var c in inbound) c.To = via;
        Connect(via, Connection.DefaultPort, target);
    }

    /// <summary>
    /// Elsa's End completes the flowchart, cancelling whatever else runs in it; ours ends only a Fork branch unless its scope is
    /// workflow. So an End a Fork can lead to gets that scope; elsewhere only one token can reach it and the default is the same.
    /// </summary>
    private void ScopeTerminals(FlowGraph graph)
    {
        foreach (var id in _terminals)
            if (graph.CommonFork([id]) is not null) Find(id)!.Props["scope"] = EndActivity.WorkflowScope;
    }

    private static bool IsMode(string mode, string name) => mode.Equals(name, StringComparison.OrdinalIgnoreCase);
}
