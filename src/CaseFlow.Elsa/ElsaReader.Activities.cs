using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Elsa;

// One Elsa activity into our nodes, with Elsa's semantics (README, "Elsa 3 definitions").
internal sealed partial class ElsaReader
{
    private static readonly HashSet<string> Envelope = new(StringComparer.OrdinalIgnoreCase)
        { "id", "nodeId", "name", "type", "version", "customProperties", "metadata", "canStartWorkflow", "runAsynchronously", "source", "line" };

    private sealed record ElsaInput(string? TypeName, string ExpressionType, JsonNode? Value);

    private Fragment ReadActivity(JsonObject a, string path, bool nested, out string id)
    {
        id = ElsaImporter.Text(a["id"]) is { Length: > 0 } given ? given : $"activity-{++_anonymous}";
        if (!a.ContainsKey("id")) problems.Add(new("required", $"{path}.id", $"An activity of type '{ElsaImporter.Text(a["type"])}' has no id; it was named '{id}'."));
        var type = ElsaImporter.Text(a["type"]) ?? "";
        var metadata = Obj(a, "metadata");
        var name = ElsaImporter.Text(metadata?["displayText"]) ?? ElsaImporter.Text(a["name"]);
        var position = Obj(Obj(metadata, "designer"), "position");
        var designer = position?["x"] is JsonValue x && x.TryGetValue<double>(out var px) && position["y"] is JsonValue y && y.TryGetValue<double>(out var py)
            ? new DesignerPosition(px + (_origin?.X ?? 0), py + (_origin?.Y ?? 0)) : null;
        if (ElsaImporter.Text(Obj(a, "customProperties")?["mergeMode"]) is { Length: > 0 } mergeMode) _mergeModes[id] = mergeMode;
        var nodeId = id;
        Fragment Simple(string ourType, JsonObject props) { Add(nodeId, ourType, name, props, designer); return new Fragment(nodeId).Out("Done", nodeId, Connection.DefaultPort); }
        Fragment Passing() => Simple(MergeActivity.TypeName, []);
        Fragment Ending(JsonObject props) { Add(nodeId, EndActivity.TypeName, name, props, designer); _terminals.Add(nodeId); return new Fragment(nodeId); }

        switch (type.ToLowerInvariant())
        {
            case "elsa.start":
                if (!nested) { Add(id, StartActivity.TypeName, name, [], designer); return new Fragment(id).Out("Done", id, Connection.DefaultPort); }
                return Passing();
            // End and Complete finish the flowchart they are in: the workflow at the root, the nested flowchart (which then continues) inside.
            case "elsa.end":
                return nested ? Passing() : Ending([]);
            case "elsa.complete":
                if (nested) return Passing();
                var outcome = Outcomes(In(a, "outcomes")).FirstOrDefault();
                return Ending(outcome is null ? [] : new JsonObject { ["outcome"] = outcome });
            case "elsa.finish":
                return Ending([]);
            case "elsa.flowdecision":
                Add(id, DecisionActivity.TypeName, name, new JsonObject { ["expression"] = Expr(id, type, "condition", In(a, "condition")) }, designer);
                return new Fragment(id).Out("True", id, "true").Out("False", id, "false");
            case "elsa.flowswitch":
                return Switch(a, id, type, name, designer);
            case "elsa.flowfork":
                // Elsa follows the connections of the listed branches only; with none listed, its Done port.
                Add(id, ForkActivity.TypeName, name, [], designer);
                var fork = new Fragment(id);
                var branches = Outcomes(In(a, "branches")).Distinct().ToList();
                foreach (var branch in branches.Count > 0 ? branches : ["Done"]) fork.Out(branch, id, branches.Count > 0 ? branch : Connection.DefaultPort);
                return fork;
            case "elsa.flowjoin":
                var mode = ElsaImporter.Text(In(a, "mode")?.Value) ?? "WaitAny";
                _explicitJoins.Add(id);
                return Simple(JoinActivity.TypeName, new JsonObject { ["mode"] = mode.Equals("WaitAny", StringComparison.OrdinalIgnoreCase) ? "any" : "all" });
            case "elsa.setvariable":
                return Simple(SetVariableActivity.TypeName, new JsonObject { ["name"] = VariableName(Get(a, "variable")) ?? Missing(id, type, "variable"), ["expression"] = Expr(id, type, "value", In(a, "value")) });
            case "elsa.setoutput":
                return Simple(SetVariableActivity.TypeName, new JsonObject { ["name"] = ElsaNames.Output + (Literal(id, type, "outputName", In(a, "outputName")) ?? ""), ["expression"] = Expr(id, type, "outputValue", In(a, "outputValue")) });
            case "elsa.setname":
                return Simple(SetVariableActivity.TypeName, new JsonObject { ["name"] = ElsaNames.InstanceName, ["expression"] = Expr(id, type, "value", In(a, "value")) });
            case "elsa.correlate":
                return Simple(SetVariableActivity.TypeName, new JsonObject { ["name"] = ElsaNames.CorrelationId, ["expression"] = Expr(id, type, "correlationId", In(a, "correlationId")) });
            case "elsa.writeline":
                return Simple(LogActivity.TypeName, new JsonObject { ["message"] = Expr(id, type, "text", In(a, "text")) });
            case "elsa.runjavascript":
                var script = In(a, "script");
                if (script is not null && script.ExpressionType is not ("Literal" or "JavaScript")) Unsupported(id, type, "script", script.ExpressionType);
                if (Get(a, "result") is JsonObject) problems.Add(new("elsa-unsupported-output", $"activities[{id}].result", $"'{id}' ({type}) binds its result to a variable; use setVariable in the script instead."));
                return Simple(ScriptActivity.TypeName, new JsonObject { ["script"] = ElsaImporter.Text(script?.Value) });
            case "elsa.delay":
                return Simple(DelayActivity.TypeName, new JsonObject { ["duration"] = Duration(id, type, "timeSpan", In(a, "timeSpan")) });
            case "elsa.timer":
                // Inside a flow Elsa's Timer waits one interval; as the workflow's trigger it fires every interval (decision 32).
                var timer = new JsonObject { ["duration"] = Duration(id, type, "interval", In(a, "interval")) };
                if (CanStartWorkflow(a)) timer["repeat"] = true;
                _timers.Add(id);
                return Simple(DelayActivity.TypeName, timer);
            case "elsa.event":
                return Simple(WaitForEventActivity.TypeName, new JsonObject { ["eventName"] = Literal(id, type, "eventName", In(a, "eventName")) });
            case "elsa.fault":
                var fault = new JsonObject { ["message"] = Literal(id, type, "message", In(a, "message")) ?? "Fault" };
                if (Literal(id, type, "code", In(a, "code")) is { Length: > 0 } code) fault["code"] = code;
                // Its one port is never taken; it leads to an End so that the flowchart stays valid.
                Add(id, FaultActivity.TypeName, name, fault, designer);
                return new Fragment(id).Out("Done", id, Connection.DefaultPort);
            case "elsa.sequence":
                return Sequence(a, id, path, nested);
            case "elsa.flowchart":
                // A nested flowchart's positions are on its own canvas: flattened, they are placed from where the flowchart stood.
                var outer = _origin;
                _origin = designer ?? outer;
                var inner = ReadFlowchart(a, path, nested: true);
                _origin = outer;
                return inner ?? Passing();
            case "elsa.executeworkflow":
                return Child(a, id, type, name, designer, Literal(id, type, "workflowDefinitionId", In(a, "workflowDefinitionId")));
        }
        if (ElsaImporter.Text(a["workflowDefinitionId"]) is { Length: > 0 } childId) return Child(a, id, type, name, designer, childId, inputsAsProperties: true);
        if (type.StartsWith(ElsaTypes.CustomPrefix, StringComparison.Ordinal)) return Custom(a, id, type[ElsaTypes.CustomPrefix.Length..], name, designer);

        problems.Add(new("elsa-unsupported-activity", $"activities[{id}].type", $"Activity '{id}' is of type '{type}', which CaseFlow cannot run."));
        var raw = new JsonObject();
        foreach (var (key, value) in a) if (!Envelope.Contains(key)) raw[key] = value?.DeepClone();
        Add(id, type.Length > 0 ? type : "Elsa.Unknown", name, raw, designer);
        return new Fragment(id) { AnyPortNode = id };
    }

    private Fragment Switch(JsonObject a, string id, string type, string? name, DesignerPosition? designer)
    {
        if (ElsaImporter.Text(In(a, "mode")?.Value) is { } mode && !mode.Equals("MatchFirst", StringComparison.OrdinalIgnoreCase))
            problems.Add(new("elsa-unsupported-mode", $"activities[{id}].mode", $"'{id}' ({type}) uses mode '{mode}'; only MatchFirst is supported."));
        var cases = new JsonArray();
        var fragment = new Fragment(id);
        var rawCases = Get(a, "cases") is JsonObject input && input["expression"] is JsonObject e ? Parse(e["value"]) : Get(a, "cases");
        foreach (var item in rawCases as JsonArray ?? [])
        {
            if (item is not JsonObject c || ElsaImporter.Text(Get(c, "label")) is not { Length: > 0 } label) continue;
            var condition = Get(c, "condition") is JsonObject expression
                ? expression["expression"] is JsonObject inner ? new ElsaInput(null, ElsaImporter.Text(inner["type"]) ?? "Literal", inner["value"]) : new ElsaInput(null, ElsaImporter.Text(expression["type"]) ?? "Literal", expression["value"])
                : new ElsaInput("Boolean", "Literal", Get(c, "condition"));
            cases.Add(new JsonObject { ["label"] = label, ["condition"] = Expr(id, type, $"cases[{label}]", condition) });
            fragment.Out(label, id, label);
        }
        Add(id, SwitchActivity.TypeName, name, new JsonObject { ["cases"] = cases }, designer);
        return fragment.Out("Default", id, SwitchActivity.DefaultPort);
    }

    private Fragment Sequence(JsonObject a, string id, string path, bool nested)
    {
        var parts = new List<Fragment>();
        var index = 0;
        foreach (var item in Get(a, "activities") as JsonArray ?? [])
            if (item is JsonObject child) parts.Add(ReadActivity(child, $"{path}.activities[{index++}]", nested, out _));
        if (parts.Count == 0) { Add(id, MergeActivity.TypeName, ElsaImporter.Text(a["name"]), [], null); return new Fragment(id).Out("Done", id, Connection.DefaultPort); }
        for (var i = 0; i + 1 < parts.Count; i++)
            foreach (var (node, port) in parts[i].AnyPortNode is { } any ? [(any, Connection.DefaultPort)] : parts[i].Outs.GetValueOrDefault("Done") ?? [])
                Connect(node, port, parts[i + 1].Entry);
        var sequence = new Fragment(parts[0].Entry);
        foreach (var end in parts[^1].Outs.GetValueOrDefault("Done") ?? []) sequence.Out("Done", end.Node, end.Port);
        return sequence;
    }

    private Fragment Custom(JsonObject a, string id, string ourType, string? name, DesignerPosition? designer)
    {
        var props = new JsonObject();
        foreach (var (key, _) in a.Where(p => !Envelope.Contains(p.Key)).ToList())
            if (In(a, key) is { } input) props[key] = input.ExpressionType is "Object" or "Json" ? Parse(input.Value) : input.Value?.DeepClone();
        Add(id, ourType, name, props, designer);
        return new Fragment(id) { AnyPortNode = id };
    }

    private static ElsaInput? In(JsonObject a, string name)
    {
        var raw = Get(a, name);
        return raw switch
        {
            null => null,
            JsonObject o when o["expression"] is JsonObject e => new(ElsaImporter.Text(o["typeName"]), ElsaImporter.Text(e["type"]) ?? "Literal", e["value"]),
            JsonObject o when o["expression"] is null && o.ContainsKey("typeName") => new(ElsaImporter.Text(o["typeName"]), "Literal", null),
            JsonValue v => new(null, "Literal", v),
            _ => new(null, "Object", raw),
        };
    }

    private string? Expr(string id, string type, string inputName, ElsaInput? input)
    {
        if (input is null) return null;
        switch (input.ExpressionType)
        {
            case "Literal": return input.Value is null ? null : ElsaScript.FromLiteral(input.Value, input.TypeName);
            case "Object" or "Json": return ElsaImporter.Text(input.Value) is { } json ? $"({json})" : "(" + (input.Value?.ToJsonString() ?? "null") + ")";
            case "JavaScript": return ElsaImporter.Text(input.Value) is { } script ? ElsaScript.FromJavaScript(script) : null;
            case "Variable":
                if (VariableName(input.Value) is { } variable) return ElsaScript.FromVariable(variable);
                problems.Add(new("elsa-variable", $"activities[{id}].{inputName}", $"'{id}' ({type}) reads a variable in '{inputName}' that the document does not declare."));
                return null;
        }
        Unsupported(id, type, inputName, input.ExpressionType);
        return null;
    }

    private string? Literal(string id, string type, string inputName, ElsaInput? input)
    {
        if (input is null) return null;
        if (input.ExpressionType is "Literal" or "Object") return input.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : input.Value?.ToJsonString();
        problems.Add(new("elsa-unsupported-expression", $"activities[{id}].{inputName}", $"'{id}' ({type}) computes '{inputName}' with a {input.ExpressionType} expression; CaseFlow needs a literal there."));
        return null;
    }

    private string? Duration(string id, string type, string inputName, ElsaInput? input)
    {
        if (Literal(id, type, inputName, input) is not { } text) return null;
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero) return XmlConvert.ToString(span);
        problems.Add(new("elsa-duration", $"activities[{id}].{inputName}", $"'{id}' ({type}): '{text}' is not a positive time span such as 00:00:05."));
        return null;
    }

    private void Unsupported(string id, string type, string inputName, string expressionType) =>
        problems.Add(new("elsa-unsupported-expression", $"activities[{id}].{inputName}", $"'{id}' ({type}) uses a {expressionType} expression in '{inputName}'; CaseFlow runs Literal, JavaScript and Variable expressions."));

    private string? Missing(string id, string type, string inputName)
    {
        problems.Add(new("required-prop", $"activities[{id}].{inputName}", $"'{id}' ({type}) has no '{inputName}'."));
        return null;
    }

    private string? VariableName(JsonNode? reference) => reference switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => variableNames.GetValueOrDefault(s, s),
        JsonObject o when ElsaImporter.Text(o["id"]) is { } vid && variableNames.TryGetValue(vid, out var named) => named,
        JsonObject o => ElsaImporter.Text(o["name"]) ?? ElsaImporter.Text(o["id"]),
        _ => null,
    };

    private static IEnumerable<string> Outcomes(ElsaInput? input) => (input?.Value is JsonValue v && v.TryGetValue<string>(out var s) && s.TrimStart().StartsWith('[') ? Parse(v) : input?.Value) switch
    {
        JsonArray array => array.Select(ElsaImporter.Text).OfType<string>(),
        JsonValue value when value.TryGetValue<string>(out var one) && one.Length > 0 => [one],
        _ => [],
    };

    private static JsonNode? Parse(JsonNode? value)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text)) return value?.DeepClone();
        try { return JsonNode.Parse(text); } catch (JsonException) { return JsonValue.Create(text); }
    }
}
