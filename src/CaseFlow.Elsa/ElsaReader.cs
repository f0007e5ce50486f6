using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Elsa;

/// <summary>
/// Flattens an Elsa flowchart (nested flowcharts and sequences included) into our one flowchart: each Elsa activity becomes a
/// fragment (an entry node and, per Elsa port, the node ports it leaves by), and Elsa's connections join the fragments.
/// </summary>
internal sealed partial class ElsaReader(List<ValidationProblem> problems, Dictionary<string, string> variableNames)
{
    private readonly List<ActivityNode> _nodes = [];
    private readonly List<Connection> _connections = [];
    private readonly List<string> _explicitJoins = [];
    private readonly List<string> _terminals = [];
    private readonly List<string> _timers = [];
    private readonly Dictionary<string, string> _mergeModes = new(StringComparer.Ordinal);
    private int _anonymous;
    private DesignerPosition? _origin;

    private sealed class Fragment(string entry)
    {
        public string Entry { get; } = entry;
        public Dictionary<string, List<(string Node, string Port)>> Outs { get; } = new(StringComparer.OrdinalIgnoreCase);
        /// <summary>A node whose ports are whatever its connections name (Fork, our own types, unsupported types).</summary>
        public string? AnyPortNode { get; init; }

        public Fragment Out(string elsaPort, string node, string port)
        {
            if (!Outs.TryGetValue(elsaPort, out var list)) Outs[elsaPort] = list = [];
            list.Add((node, port));
            return this;
        }
    }

    public void ReadRoot(JsonObject chart, Flowchart target)
    {
        var fragment = ReadFlowchart(chart, "root", nested: false);
        target.Activities = _nodes;
        target.Connections = _connections;
        var entry = fragment?.Entry is { } e ? Find(e) : null;
        // A Timer the workflow starts with is its trigger in Elsa, which fires every interval (decision 32).
        if (entry is not null && _timers.Contains(entry.Id)) entry.Props["repeat"] = true;
        if (entry?.Type != StartActivity.TypeName)
        {
            var start = Add(Unique(ElsaImporter.SyntheticStart), StartActivity.TypeName, null, new JsonObject(), null);
            if (entry is not null) Connect(start.Id, Connection.DefaultPort, entry.Id);
        }
        var open = fragment?.Outs.Values.SelectMany(x => x).ToList() ?? [];
        if (open.Count > 0)
        {
            // Elsa completes a flowchart when nothing is left to run; our engine needs an End where each path stops.
            var end = Add(Unique(ElsaImporter.SyntheticEnd), EndActivity.TypeName, null, new JsonObject(), null);
            foreach (var (node, port) in open) Connect(node, port, end.Id);
        }
        ResolveJoins(target);
    }

    private Fragment? ReadFlowchart(JsonObject chart, string path, bool nested)
    {
        var fragments = new Dictionary<string, Fragment>(StringComparer.Ordinal);
        var order = new List<(string ElsaId, JsonObject Json)>();
        var index = 0;
        foreach (var item in chart["activities"] as JsonArray ?? [])
        {
            var at = $"{path}.activities[{index++}]";
            if (item is not JsonObject activity) { problems.Add(new("elsa-activity", at, "An activity must be a JSON object.")); continue; }
            var fragment = ReadActivity(activity, at, nested, out var elsaId);
            if (!fragments.TryAdd(elsaId, fragment)) problems.Add(new("duplicate-id", $"activities[{elsaId}]", $"The id '{elsaId}' is used by more than one activity."));
            else order.Add((elsaId, activity));
        }
        if (order.Count == 0) return null;

        var inbound = new HashSet<string>(StringComparer.Ordinal);
        index = 0;
        foreach (var item in chart["connections"] as JsonArray ?? [])
        {
            var at = $"{path}.connections[{index++}]";
            if (!TryReadConnection(item, out var from, out var port, out var to))
            {
                problems.Add(new("elsa-connection", at, "A connection needs a source and a target activity (nested or flat format)."));
                continue;
            }
            if (!fragments.TryGetValue(from, out var source) || !fragments.TryGetValue(to, out var target))
            {
                problems.Add(new("dangling", at, $"The connection {from} → {to} names an activity this flowchart does not have."));
                continue;
            }
            inbound.Add(to);
            var ends = source.AnyPortNode is { } any ? [(any, port ?? Connection.DefaultPort)] : source.Outs.GetValueOrDefault(port ?? "Done");
            if (ends is null)
            {
                problems.Add(new("unknown-port", at, $"'{from}' has no port '{port}'; its ports are: {string.Join(", ", source.Outs.Keys)}."));
                continue;
            }
            foreach (var (node, nodePort) in ends) Connect(node, nodePort, target.Entry);
        }

        var startId = ElsaImporter.Text(chart["start"]) is { } s && fragments.ContainsKey(s) ? s
            : order.FirstOrDefault(a => Is(a.Json, "Elsa.Start")).ElsaId
            ?? order.FirstOrDefault(a => CanStartWorkflow(a.Json)).ElsaId
            ?? order.FirstOrDefault(a => !inbound.Contains(a.ElsaId)).ElsaId
            ?? order[0].ElsaId;

        // What is left open inside leaves the flowchart by its Done port.
        var result = new Fragment(fragments[startId].Entry);
        foreach (var (elsaId, _) in order)
        {
            var fragment = fragments[elsaId];
            if (fragment.AnyPortNode is { } any)
            {
                if (!_connections.Any(c => c.From == any) && Find(any)?.Type == ForkActivity.TypeName) result.Out("Done", any, Connection.DefaultPort);
                continue;
            }
            foreach (var (node, port) in fragment.Outs.Values.SelectMany(x => x).Distinct())
                if (!_connections.Any(c => c.From == node && c.Port == port)) result.Out("Done", node, port);
        }
        return result;
    }

    private static bool TryReadConnection(JsonNode? item, out string from, out string? port, out string to)
    {
        from = to = "";
        port = null;
        if (item is not JsonObject c) return false;
        var source = Get(c, "source");
        var target = Get(c, "target");
        if (source is JsonObject s)
        {
            // The current format: {"source": {"activity", "port"}, "target": {"activity", "port"}}.
            from = ElsaImporter.Text(Get(s, "activity")) ?? "";
            port = ElsaImporter.Text(Get(s, "port"));
            to = ElsaImporter.Text(Get(target as JsonObject, "activity")) ?? "";
        }
        else
        {
            // The older flat format: source, target, sourcePort, targetPort.
            from = ElsaImporter.Text(source) ?? "";
            to = ElsaImporter.Text(target) ?? "";
            port = ElsaImporter.Text(Get(c, "sourcePort")) ?? ElsaImporter.Text(Get(c, "outcome"));
        }
        return from.Length > 0 && to.Length > 0;
    }

    private static JsonNode? Get(JsonObject? o, string name) =>
        o is null ? null : o.TryGetPropertyValue(name, out var v) ? v : o.TryGetPropertyValue(char.ToUpperInvariant(name[0]) + name[1..], out v) ? v : null;

    internal static JsonObject? Obj(JsonObject? o, string name) => Get(o, name) as JsonObject;

    /// <summary>Elsa's trigger flag: in customProperties since 3.0, on the activity itself before.</summary>
    private static bool CanStartWorkflow(JsonObject activity) =>
        (Obj(activity, "customProperties")?["canStartWorkflow"] ?? Get(activity, "canStartWorkflow")) is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static bool Is(JsonObject activity, string type) => string.Equals(ElsaImporter.Text(activity["type"]), type, StringComparison.OrdinalIgnoreCase);

    private ActivityNode? Find(string id) => _nodes.FirstOrDefault(n => n.Id == id);

    private ActivityNode Add(string id, string type, string? name, JsonObject props, DesignerPosition? designer)
    {
        var node = new ActivityNode { Id = id, Type = type, Name = name, Props = props, Designer = designer };
        _nodes.Add(node);
        return node;
    }

    private void Connect(string from, string port, string to)
    {
        if (!_connections.Any(c => c.From == from && c.Port == port && c.To == to)) _connections.Add(new Connection { From = from, Port = port, To = to });
    }

    private string Unique(string id)
    {
        var candidate = id;
        for (var n = 2; _nodes.Any(x => x.Id == candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }
}
