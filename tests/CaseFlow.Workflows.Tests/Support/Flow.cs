using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Tests.Support;

/// <summary>
/// Builds a flowchart in code. <c>Then</c> connects the cursor to a node (adding it when a spec is given) and moves the cursor there;
/// <c>From</c> moves the cursor without drawing anything.
/// </summary>
internal sealed class Flow
{
    private readonly WorkflowDefinition _definition;
    private string _cursor;

    private Flow(string definitionId, string startId)
    {
        _definition = new WorkflowDefinition { DefinitionId = definitionId, Name = "测试流程 " + definitionId };
        _definition.Root.Activities.Add(new ActivityNode { Id = startId, Type = "Start" });
        _cursor = startId;
    }

    public static Flow Start(string id = "start", string definitionId = "test-flow") => new(definitionId, id);

    public Flow Then(string id, NodeSpec? node = null, string port = Connection.DefaultPort)
    {
        if (node is not null)
            _definition.Root.Activities.Add(new ActivityNode { Id = id, Type = node.Type, Props = (JsonObject)node.Props.DeepClone() });
        else if (_definition.FindActivity(id) is null)
            throw new InvalidOperationException($"'{id}' is not in the flow yet: give its spec the first time.");
        _definition.Root.Connections.Add(new Connection { From = _cursor, Port = port, To = id });
        _cursor = id;
        return this;
    }

    public Flow From(string id)
    {
        _cursor = _definition.FindActivity(id)?.Id ?? throw new InvalidOperationException($"'{id}' is not in the flow.");
        return this;
    }

    public Flow WithVariables(JsonObject variables)
    {
        _definition.Variables = variables;
        return this;
    }

    public WorkflowDefinition Build() => _definition;
}

internal sealed record NodeSpec(string Type, JsonObject Props);

/// <summary>Specs of the activities tests draw.</summary>
internal static class Act
{
    public static NodeSpec End(string? outcome = null) =>
        new("End", outcome is null ? [] : new JsonObject { ["outcome"] = outcome });

    public static NodeSpec HumanTask(params string[] outcomes)
    {
        var props = new JsonObject { ["title"] = "办理", ["role"] = "clerk", ["scope"] = "homeDepartment" };
        if (outcomes.Length > 0) props["outcomes"] = Strings(outcomes);
        return new("HumanTask", props);
    }

    public static NodeSpec Decision(string expression, params string[] outcomes)
    {
        var props = new JsonObject { ["expression"] = expression };
        if (outcomes.Length > 0) props["outcomes"] = Strings(outcomes);
        return new("Decision", props);
    }

    public static NodeSpec SetVariable(string name, string expression) =>
        new("SetVariable", new JsonObject { ["name"] = name, ["expression"] = expression });

    public static NodeSpec Fork() => new("Fork", []);

    public static NodeSpec Join(string forkId, string mode = "all") =>
        new("Join", new JsonObject { ["forkId"] = forkId, ["mode"] = mode });

    public static NodeSpec WaitForEvent(string eventName, string? correlation = null)
    {
        var props = new JsonObject { ["eventName"] = eventName };
        if (correlation is not null) props["correlation"] = correlation;
        return new("WaitForEvent", props);
    }

    public static NodeSpec Delay(string duration) => new("Delay", new JsonObject { ["duration"] = duration });

    public static NodeSpec SubWorkflow(string definitionId, params string[] outcomes)
    {
        var props = new JsonObject { ["definitionId"] = definitionId };
        if (outcomes.Length > 0) props["outcomes"] = Strings(outcomes);
        return new("SubWorkflow", props);
    }

    public static NodeSpec Approve(string decide, params string[] outcomes) =>
        new(ApproveActivity.TypeName, new JsonObject { ["decide"] = decide, ["outcomes"] = Strings(outcomes) });

    public static NodeSpec Throw() => new(ThrowActivity.TypeName, []);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
