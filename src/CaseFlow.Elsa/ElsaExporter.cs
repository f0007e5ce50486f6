using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using System.Xml;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Elsa;

/// <summary>
/// Writes a CaseFlow definition as an Elsa 3 workflow-definition document: flow activities as Elsa's own, everything else (the
/// case activities, tasks) as custom types <c>CaseFlow.&lt;Type&gt;</c> with each prop an Object input, so importing it gives the same
/// definition back (docs/decisions.md, decision 26).
/// </summary>
public static class ElsaExporter
{
    public const string Schema = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string ExportJson(WorkflowDefinition definition) => Export(definition).ToJsonString(Options);

    public static JsonObject Export(WorkflowDefinition definition)
    {
        var graph = new FlowGraph(definition.Root);
        var merges = ElsaMergeModes.Find(definition, graph);
        var activities = new JsonArray();
        foreach (var node in definition.Root.Activities.Where(n => !merges.ContainsKey(n.Id)))
        {
            var activity = Activity(definition, graph, node);
            activity["id"] = node.Id;
            activity["nodeId"] = $"Workflow1:{node.Id}";
            if (node.Name is not null) activity["name"] = node.Name;
            activity["version"] = 1;
            var custom = new JsonObject();
            // Our engine runs a place where forked paths meet once per arrival unless a Join waits: Elsa's Cascade.
            var inbound = graph.ForwardInbound(node.Id).Select(c => c.From).ToList();
            if (node.Type is not (JoinActivity.TypeName or MergeActivity.TypeName or EndActivity.TypeName) && inbound.Count > 1 && graph.CommonFork(inbound) is not null)
                custom["mergeMode"] = "Cascade";
            if (merges.Values.FirstOrDefault(m => m.Target == node.Id) is { Target: not null } merge) custom["mergeMode"] = merge.Mode;
            // A repeating Delay is Elsa's Timer as the workflow's trigger (decision 32).
            if (node.Type == DelayActivity.TypeName && DelayActivity.Repeats(node)) custom["canStartWorkflow"] = true;
            activity["customProperties"] = custom;
            var metadata = new JsonObject();
            if (node.Name is not null) metadata["displayText"] = node.Name;
            if (node.Designer is { } p) metadata["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = p.X, ["y"] = p.Y } };
            activity["metadata"] = metadata;
            activities.Add(activity);
        }
        var connections = new JsonArray();
        foreach (var c in definition.Root.Connections.Where(c => !merges.ContainsKey(c.From)))
        {
            var from = definition.FindActivity(c.From);
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = c.From, ["port"] = from is null ? c.Port : Port(definition, graph, from, c.Port) },
                ["target"] = new JsonObject { ["activity"] = merges.TryGetValue(c.To, out var merge) ? merge.Target : c.To, ["port"] = "In" },
                ["vertices"] = new JsonArray(),
            });
        }

        var variables = new JsonArray();
        foreach (var (name, value) in definition.Variables)
        {
            var (typeName, text) = ElsaTypes.Untyped(value);
            variables.Add(new JsonObject { ["id"] = name, ["name"] = name, ["typeName"] = typeName, ["isArray"] = false, ["value"] = value is null ? null : text });
        }
        var outputs = new JsonArray();
        foreach (var name in definition.Root.Activities.Where(a => a.Type == SetVariableActivity.TypeName).Select(a => a.PropString("name"))
                     .OfType<string>().Where(n => n.StartsWith(ElsaNames.Output, StringComparison.Ordinal)).Distinct())
            outputs.Add(new JsonObject { ["type"] = "Object", ["name"] = name[ElsaNames.Output.Length..], ["displayName"] = name[ElsaNames.Output.Length..] });

        return new JsonObject
        {
            ["$schema"] = Schema,
            ["id"] = $"{definition.DefinitionId}:{definition.Version}",
            ["definitionId"] = definition.DefinitionId,
            ["name"] = definition.Name,
            ["description"] = definition.Description,
            ["version"] = definition.Version,
            ["toolVersion"] = "3.0.0.0",
            ["variables"] = variables,
            ["inputs"] = new JsonArray(),
            ["outputs"] = outputs,
            ["outcomes"] = new JsonArray(),
            ["customProperties"] = new JsonObject(),
            ["isReadonly"] = false,
            ["isLatest"] = definition.IsLatest,
            ["isPublished"] = definition.IsPublished,
            ["root"] = new JsonObject
            {
                ["type"] = ElsaTypes.Flowchart,
                ["version"] = 1,
                ["id"] = "Workflow1",
                ["nodeId"] = "Workflow1",
                ["metadata"] = new JsonObject(),
                ["customProperties"] = new JsonObject(),
                ["activities"] = activities,
                ["connections"] = connections,
            },
        };
    }

    private static string Port(WorkflowDefinition definition, FlowGraph graph, ActivityNode from, string port) => (from.Type, port) switch
    {
        (DecisionActivity.TypeName, "true") when Standard(from) => "True",
        (DecisionActivity.TypeName, "false") when Standard(from) => "False",
        (SwitchActivity.TypeName, SwitchActivity.DefaultPort) => "Default",
        (SwitchActivity.TypeName or ForkActivity.TypeName, _) => port,
        _ when IsElsaShaped(definition, graph, from) && port == Connection.DefaultPort => "Done",
        _ => port,
    };

    private static bool Standard(ActivityNode decision) => decision.Props["outcomes"] is null;

    private static bool IsElsaShaped(WorkflowDefinition definition, FlowGraph graph, ActivityNode node) => !Activity(definition, graph, node)["type"]!.GetValue<string>().StartsWith(ElsaTypes.CustomPrefix, StringComparison.Ordinal) && !node.Type.Contains('.');

    private static JsonObject Activity(WorkflowDefinition definition, FlowGraph graph, ActivityNode node)
    {
        JsonObject Typed(string type, params (string Name, JsonNode? Value)[] inputs)
        {
            var o = new JsonObject { ["type"] = type };
            foreach (var (name, value) in inputs) o[name] = value;
            return o;
        }
        var expression = node.PropString("expression");
        switch (node.Type)
        {
            case StartActivity.TypeName: return Typed("Elsa.Start");
            // Elsa's End ends the workflow; ours, where a Fork leads to it, ends only the branch unless its scope says workflow (decision 32).
            case EndActivity.TypeName when EndActivity.EndsWorkflow(node) || graph.CommonFork([node.Id]) is null:
                return node.PropString("outcome") is { } outcome
                    ? Typed("Elsa.Complete", ("outcomes", ElsaTypes.Input("Object", "Object", new JsonArray(outcome).ToJsonString())))
                    : Typed("Elsa.End");
            case DecisionActivity.TypeName when Standard(node): return Typed("Elsa.FlowDecision", ("condition", ElsaScript.ToInput(expression, "Boolean")));
            case SwitchActivity.TypeName:
                var cases = new JsonArray(SwitchActivity.Cases(node).Select(c => (JsonNode)new JsonObject
                {
                    ["label"] = c.Label,
                    ["condition"] = ElsaScript.ToInput(c.Condition, "Boolean")["expression"]!.DeepClone(),
                }).ToArray());
                return Typed("Elsa.FlowSwitch", ("cases", cases), ("mode", ElsaTypes.Input("SwitchMode", "Literal", "MatchFirst")));
            case ForkActivity.TypeName:
                return Typed("Elsa.FlowFork", ("branches", ElsaTypes.Input("String[]", "Object",
                    new JsonArray(definition.Outgoing(node.Id).Select(c => c.Port).Distinct().Select(p => (JsonNode)p).ToArray()).ToJsonString())));
            case JoinActivity.TypeName: return Typed("Elsa.FlowJoin", ("mode", ElsaTypes.Input("FlowJoinMode", "Literal", JoinActivity.ModeOf(node) == JoinMode.Any ? "WaitAny" : "WaitAll")));
            case SetVariableActivity.TypeName:
                var name = node.PropString("name") ?? "";
                if (name == ElsaNames.InstanceName) return Typed("Elsa.SetName", ("value", ElsaScript.ToInput(expression, "String")));
                if (name == ElsaNames.CorrelationId) return Typed("Elsa.Correlate", ("correlationId", ElsaScript.ToInput(expression, "String")));
                if (name.StartsWith(ElsaNames.Output, StringComparison.Ordinal))
                    return Typed("Elsa.SetOutput", ("outputName", ElsaTypes.Input("String", "Literal", name[ElsaNames.Output.Length..])), ("outputValue", ElsaScript.ToInput(expression)));
                return Typed("Elsa.SetVariable", ("variable", new JsonObject { ["id"] = name, ["name"] = name }), ("value", ElsaScript.ToInput(expression)));
            case LogActivity.TypeName: return Typed("Elsa.WriteLine", ("text", ElsaScript.ToInput(node.PropString("message"), "String")));
            case ScriptActivity.TypeName: return Typed("Elsa.RunJavaScript", ("script", ElsaTypes.Input("String", "Literal", node.PropString("script"))));
            case DelayActivity.TypeName when node.PropString("duration") is { } d && DelayActivity.TryParse(d, out var span):
                return DelayActivity.Repeats(node)
                    ? Typed("Elsa.Timer", ("interval", ElsaTypes.Input("TimeSpan", "Literal", span.ToString("c"))))
                    : Typed("Elsa.Delay", ("timeSpan", ElsaTypes.Input("TimeSpan", "Literal", span.ToString("c"))));
            case WaitForEventActivity.TypeName when node.PropString("correlation") is null:
                return Typed("Elsa.Event", ("eventName", ElsaTypes.Input("String", "Literal", node.PropString("eventName"))));
            case FaultActivity.TypeName:
                var fault = Typed("Elsa.Fault", ("message", ElsaTypes.Input("String", "Literal", node.PropString("message"))));
                if (node.PropString("code") is { } code) fault["code"] = ElsaTypes.Input("String", "Literal", code);
                return fault;
            case SubWorkflowActivity.TypeName when node.Props["outcomes"] is null && ElsaChildOutputs.Export(node) is { } child:
                return child;
        }
        // A type of ours Elsa does not know (or one it sent that we cannot run) travels as a custom type, each prop an Object input.
        var other = new JsonObject { ["type"] = node.Type.Contains('.') ? node.Type : ElsaTypes.CustomPrefix + node.Type };
        foreach (var (key, value) in node.Props)
            other[key] = node.Type.Contains('.') ? value?.DeepClone() : ElsaTypes.Input("Object", "Object", value?.ToJsonString() ?? "null");
        return other;
    }
}
