using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Elsa;

/// <summary>
/// A SubWorkflow as Elsa's child activities, with its <c>outputs</c> as output bindings (docs/decisions.md, decision 32): the whole
/// output dictionary is ExecuteWorkflow's <c>result</c>; named outputs are the properties of a workflow-definition activity.
/// </summary>
internal static class ElsaChildOutputs
{
    /// <summary>The Elsa activity, or null when the outputs name child variables Elsa has no binding for (it travels as our own type).</summary>
    public static JsonObject? Export(ActivityNode node)
    {
        var definitionId = node.PropString("definitionId");
        var outputs = node.Props["outputs"] as JsonObject ?? [];
        if (outputs.Any(o => !o.Key.StartsWith(ElsaNames.Output, StringComparison.Ordinal) || o.Value is not JsonValue)) return null;
        var all = outputs.Where(o => o.Key == ElsaNames.Output + "*").ToList();
        if (all.Count == outputs.Count)
        {
            var execute = new JsonObject
            {
                ["type"] = "Elsa.ExecuteWorkflow",
                ["workflowDefinitionId"] = ElsaTypes.Input("String", "Literal", definitionId),
                ["waitForCompletion"] = ElsaTypes.Input("Boolean", "Literal", "true"),
            };
            if (all.Count == 1) execute["result"] = Binding(all[0].Value!.GetValue<string>());
            return execute;
        }
        if (all.Count > 0) return null;
        var activity = new JsonObject { ["type"] = definitionId, ["workflowDefinitionId"] = definitionId };
        foreach (var (child, parent) in outputs) activity[child[ElsaNames.Output.Length..]] = Binding(parent!.GetValue<string>());
        return activity;
    }

    private static JsonObject Binding(string variable) => new() { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = variable } };
}
