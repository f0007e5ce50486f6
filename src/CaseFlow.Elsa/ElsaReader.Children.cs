using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Elsa;

// Child workflows: ExecuteWorkflow and workflow-definition activities (docs/decisions.md, decisions 25 and 32).
internal sealed partial class ElsaReader
{
    /// <summary>
    /// ExecuteWorkflow (its <c>input</c> map) or a workflow-definition activity (each input its own property): the inputs are set
    /// as variables by a Script before the SubWorkflow, since our child receives its parent's variables; the outputs bound to
    /// variables become the SubWorkflow's <c>outputs</c>, copied when the child completes (decision 32).
    /// </summary>
    private Fragment Child(JsonObject a, string id, string type, string? name, DesignerPosition? designer, string? definitionId, bool inputsAsProperties = false)
    {
        var props = new JsonObject { ["definitionId"] = definitionId ?? Missing(id, type, "workflowDefinitionId") };
        if (Outputs(a, id, type, inputsAsProperties) is { Count: > 0 } outputs) props["outputs"] = outputs;
        Add(id, SubWorkflowActivity.TypeName, name, props, designer);
        var fragment = new Fragment(id).Out("Done", id, Connection.DefaultPort);
        var lines = new List<string>();
        if (!inputsAsProperties && In(a, "input") is { Value: not null } map)
        {
            if (map.ExpressionType is "Object" or "Json" or "Literal" or "JavaScript")
                lines.Add($"var input = ({ElsaImporter.Text(map.Value) ?? map.Value.ToJsonString()});\nfor (var key in input) setVariable(key, input[key]);");
            else Unsupported(id, type, "input", map.ExpressionType);
        }
        if (inputsAsProperties)
            foreach (var (key, value) in a.Where(p => !ChildEnvelope.Contains(p.Key) && p.Value is JsonObject { } o && o["expression"] is JsonObject).ToList())
                if (ScriptValue(id, type, key, In(a, key)!) is { } js) lines.Add($"setVariable({ElsaScript.Quote(key)}, ({js}));");
        if (lines.Count == 0) return fragment;
        var setter = Add(Unique(id + "-input"), ScriptActivity.TypeName, null, new JsonObject { ["script"] = string.Join("\n", lines) }, null);
        Connect(setter.Id, Connection.DefaultPort, id);
        return new Fragment(setter.Id).Out("Done", id, Connection.DefaultPort);
    }

    private static readonly HashSet<string> ChildEnvelope = new(StringComparer.OrdinalIgnoreCase)
        { "workflowDefinitionId", "workflowDefinitionVersionId", "latestAvailablePublishedVersion", "latestAvailablePublishedVersionId", "result", "output" };

    /// <summary>An input as a JavaScript expression inside a Script, where Elsa's helpers are declared already.</summary>
    private string? ScriptValue(string id, string type, string inputName, ElsaInput input) => input.ExpressionType switch
    {
        "JavaScript" => ElsaImporter.Text(input.Value),
        "Variable" when VariableName(input.Value) is { } variable => $"getVariable({ElsaScript.Quote(variable)})",
        _ => Expr(id, type, inputName, input),
    };

    /// <summary>
    /// The child's outputs the document binds to variables. ExecuteWorkflow's <c>result</c> is the child's whole output dictionary
    /// (every <c>elsa:output:</c> variable, collected); a workflow-definition activity exposes each declared output under its name.
    /// </summary>
    private JsonObject Outputs(JsonObject a, string id, string type, bool inputsAsProperties)
    {
        var outputs = new JsonObject();
        if (Get(a, "result") is JsonObject result) Bind(outputs, ElsaNames.Output + "*", result, id, type, "result");
        if (Get(a, "output") is JsonObject)
            problems.Add(new("elsa-unsupported-output", $"activities[{id}].output", $"'{id}' ({type}) has an 'output' CaseFlow does not know; bind 'result' or the declared outputs."));
        if (inputsAsProperties)
            foreach (var (key, value) in a.Where(p => !ChildEnvelope.Contains(p.Key) && p.Value is JsonObject o && o["expression"] is null && o["memoryReference"] is JsonObject).ToList())
                Bind(outputs, ElsaNames.Output + key, (JsonObject)value!, id, type, key);
        return outputs;
    }

    private void Bind(JsonObject outputs, string childVariable, JsonObject binding, string id, string type, string outputName)
    {
        // An output Elsa Studio left unbound has an empty memory reference: nothing to copy.
        if (ElsaImporter.Text(Obj(binding, "memoryReference")?["id"]) is not { Length: > 0 } reference) return;
        if (variableNames.TryGetValue(reference, out var variable) || variableNames.ContainsValue(reference)) outputs[childVariable] = variable ?? reference;
        else problems.Add(new("elsa-unsupported-output", $"activities[{id}].{outputName}", $"'{id}' ({type}) binds '{outputName}' to '{reference}', which is not a variable of this workflow."));
    }
}
