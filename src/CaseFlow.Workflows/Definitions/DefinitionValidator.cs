using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Definitions;

/// <summary>One thing wrong with a definition; <see cref="Path"/> points at it (e.g. <c>activities[accept].props.side</c>).</summary>
public sealed record ValidationProblem(string Code, string Path, string Message);

/// <summary>Checks a definition before publish and at import, listing every problem rather than the first.</summary>
public sealed class DefinitionValidator(ActivityRegistry registry, ExpressionEvaluator expressions)
{
    public IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition definition)
    {
        // A null where a value belongs (a document, not the designer, wrote it) is reported alone: the checks below walk it.
        if (DefinitionShape.Problems(definition) is { Count: > 0 } missing) return missing;
        var problems = new List<ValidationProblem>();
        void Add(string code, string path, string message) => problems.Add(new(code, path, message));

        if (string.IsNullOrWhiteSpace(definition.DefinitionId)) Add("required", "definitionId", "A definition needs an id.");
        else if (definition.DefinitionId.Length > 64 || !definition.DefinitionId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            Add("format", "definitionId", "The id may hold only ASCII letters, digits, '-' and '_' (at most 64).");
        if (string.IsNullOrWhiteSpace(definition.Name)) Add("required", "name", "A definition needs a name.");

        var activities = definition.Root.Activities;
        var byId = new Dictionary<string, ActivityNode>(StringComparer.Ordinal);
        foreach (var node in activities)
        {
            if (string.IsNullOrWhiteSpace(node.Id)) { Add("required", "activities[]", $"An activity of type '{node.Type}' has no id."); continue; }
            if (!byId.TryAdd(node.Id, node)) Add("duplicate-id", $"activities[{node.Id}]", $"The id '{node.Id}' is used by more than one activity.");
        }

        var starts = activities.Count(a => a.Type == StartActivity.TypeName);
        if (starts != 1) Add("start", "activities", $"A definition needs exactly one Start; it has {starts}.");
        if (!activities.Any(a => a.Type == EndActivity.TypeName)) Add("end", "activities", "A definition needs at least one End.");

        foreach (var node in byId.Values)
        {
            var path = $"activities[{node.Id}]";
            if (registry.Find(node.Type) is not { } activity) { Add("unknown-type", $"{path}.type", $"Unknown activity type '{node.Type}'."); continue; }
            foreach (var prop in activity.Descriptor.Props)
            {
                node.Props.TryGetPropertyValue(prop.Name, out var value);
                var propPath = $"{path}.props.{prop.Name}";
                if (value is null || (value.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetValue<string>())))
                {
                    if (prop.Required) Add("required-prop", propPath, $"'{prop.Label}' ({prop.Name}) is required.");
                    continue;
                }
                if (!MatchesType(value, prop.Schema)) { Add("prop-type", propPath, $"'{prop.Name}' must be of type {prop.Schema["type"]}."); continue; }
                if (prop.Schema["enum"] is JsonArray allowed && !allowed.Any(a => a?.GetValue<string>() == value.GetValue<string>()))
                    Add("prop-enum", propPath, $"'{prop.Name}' must be one of: {string.Join(", ", allowed.Select(a => a!.GetValue<string>()))}.");
                if (prop.IsExpression && expressions.ParseError(value.GetValue<string>()) is { } error)
                    Add("expression", propPath, $"The expression does not parse: {error}");
            }
            foreach (var message in activity.ValidateProps(node)) Add("prop", $"{path}.props", message);
            if (node.Type == JoinActivity.TypeName && node.PropString("forkId") is { } forkId
                && (!byId.TryGetValue(forkId, out var fork) || fork.Type != ForkActivity.TypeName))
                Add("join-fork", $"{path}.props.forkId", $"Join '{node.Id}' names '{forkId}', which is not a Fork of this definition.");
            if (node.Type == MergeActivity.TypeName)
                foreach (var source in MergeActivity.WaitFor(node).Where(s => !definition.Root.Connections.Any(c => c.From == s && c.To == node.Id)))
                    Add("merge-wait", $"{path}.props.waitFor", $"Merge '{node.Id}' waits for '{source}', which has no connection into it.");
        }

        var seen = new HashSet<(string, string, string)>();
        for (var i = 0; i < definition.Root.Connections.Count; i++)
        {
            var c = definition.Root.Connections[i];
            var path = $"connections[{i}]";
            var port = string.IsNullOrWhiteSpace(c.Port) ? Connection.DefaultPort : c.Port;
            if (!byId.TryGetValue(c.From, out var from)) Add("dangling", $"{path}.from", $"The connection starts at '{c.From}', which does not exist.");
            if (!byId.ContainsKey(c.To)) Add("dangling", $"{path}.to", $"The connection ends at '{c.To}', which does not exist.");
            if (!seen.Add((c.From, port, c.To))) Add("duplicate-connection", path, $"'{c.From}' → '{c.To}' on '{port}' is drawn twice.");
            if (from is null || registry.Find(from.Type) is not { } activity) continue;
            var ports = activity.PortsFor(from);
            if (ports is not null && !ports.Contains(port))
                Add("unknown-port", $"{path}.port", $"'{from.Id}' ({from.Type}) has no port '{port}'; its ports are: {(ports.Count == 0 ? "none" : string.Join(", ", ports))}.");
        }

        // Only a Fork may leave by several connections on one port.
        foreach (var group in seen.GroupBy(c => (c.Item1, c.Item2)).Where(g => g.Count() > 1))
            if (byId.TryGetValue(group.Key.Item1, out var node) && node.Type != ForkActivity.TypeName)
                Add("ambiguous-port", $"activities[{node.Id}]", $"'{node.Id}' leaves on '{group.Key.Item2}' by {group.Count()} connections; only a Fork may branch.");

        foreach (var node in byId.Values)
        {
            if (registry.Find(node.Type) is not { } activity || activity.PortsFor(node) is not { } ports) continue;
            foreach (var port in ports.Where(p => !definition.Root.Connections.Any(c => c.From == node.Id && c.Port == p)))
                Add("unconnected-port", $"activities[{node.Id}]", $"'{node.Id}' has no connection for its outcome '{port}'.");
        }

        // With several Starts (already reported) reachability is still checked from each of them, so every problem is listed.
        if (starts > 0)
        {
            var reachable = Walk(activities.Where(a => a.Type == StartActivity.TypeName).Select(a => a.Id), id => definition.Root.Connections.Where(c => c.From == id).Select(c => c.To));
            foreach (var node in byId.Values.Where(n => !reachable.Contains(n.Id)))
                Add("unreachable", $"activities[{node.Id}]", $"'{node.Id}' cannot be reached from Start.");
            var ends = byId.Values.Where(n => n.Type == EndActivity.TypeName).Select(n => n.Id).ToList();
            var canEnd = Walk(ends, id => definition.Root.Connections.Where(c => c.To == id).Select(c => c.From));
            foreach (var node in byId.Values.Where(n => reachable.Contains(n.Id) && !canEnd.Contains(n.Id)))
                Add("no-end", $"activities[{node.Id}]", $"No path from '{node.Id}' ever reaches an End.");
        }
        return problems;
    }

    private static HashSet<string> Walk(IEnumerable<string> from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(from, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var id))
            foreach (var n in next(id))
                if (seen.Add(n)) queue.Enqueue(n);
        return seen;
    }

    private static bool MatchesType(JsonNode value, JsonObject schema) => (schema["type"]?.GetValue<string>(), value.GetValueKind()) switch
    {
        ("string", JsonValueKind.String) => true,
        ("array", JsonValueKind.Array) => true,
        ("object", JsonValueKind.Object) => true,
        ("number" or "integer", JsonValueKind.Number) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        (null, _) => true,
        _ => false,
    };
}
