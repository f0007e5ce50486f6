using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Activities;

/// <summary>
/// A SubWorkflow's <c>outputs</c>: child variable → parent variable. A key ending in <c>*</c> collects every child variable with
/// that prefix into one object keyed by the rest of the name (Elsa's output dictionary, docs/decisions.md, decision 32).
/// </summary>
public static class ChildOutputs
{
    public static IEnumerable<string> Problems(JsonNode? outputs)
    {
        // Not an object at all is the validator's prop-type problem already.
        if (outputs is not JsonObject map) yield break;
        foreach (var (child, parent) in map)
        {
            if (child.Length == 0 || child == "*" || child.IndexOf('*') is var star && star >= 0 && star != child.Length - 1)
                yield return $"'outputs' names the child variable '{child}': a name, or a prefix followed by one '*' at its end.";
            if (parent?.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(parent.GetValue<string>()))
                yield return $"'outputs' maps '{child}' to no parent variable: the value must be a variable name.";
        }
    }

    public static IEnumerable<(string ParentVariable, JsonNode? Value)> Select(JsonObject outputs, JsonObject childVariables)
    {
        foreach (var (child, parent) in outputs)
        {
            if (parent?.GetValueKind() != JsonValueKind.String) continue;
            if (!child.EndsWith('*'))
            {
                if (childVariables.TryGetPropertyValue(child, out var value)) yield return (parent.GetValue<string>(), value);
                continue;
            }
            var prefix = child[..^1];
            var collected = new JsonObject();
            foreach (var (name, value) in childVariables)
                if (name.StartsWith(prefix, StringComparison.Ordinal)) collected[name[prefix.Length..]] = value?.DeepClone();
            yield return (parent.GetValue<string>(), collected);
        }
    }
}
