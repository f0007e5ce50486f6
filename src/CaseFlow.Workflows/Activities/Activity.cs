using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Activities;

/// <summary>
/// One kind of step. Execute either completes with an outcome (a port) or waits on a bookmark;
/// Resume is called when that bookmark is resumed.
/// </summary>
public abstract class Activity
{
    public abstract ActivityDescriptor Descriptor { get; }

    public string Type => Descriptor.Type;

    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>Default resume: the input's outcome (or <c>done</c>) is the port taken.</summary>
    public virtual ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input) =>
        ValueTask.FromResult(ActivityResult.Done(input.Outcome ?? Connection.DefaultPort));

    /// <summary>The ports a node of this type offers; null means any (Fork).</summary>
    public virtual IReadOnlyList<string>? PortsFor(ActivityNode node) => Descriptor.Ports;

    /// <summary>Extra checks of a node's props beyond the descriptor's schema.</summary>
    public virtual IEnumerable<string> ValidateProps(ActivityNode node) => [];

    protected static IReadOnlyList<string> StringArrayProp(ActivityNode node, string name, params string[] fallback)
    {
        if (node.Props.TryGetPropertyValue(name, out var value) && value is JsonArray array)
        {
            var items = array.Select(x => x?.GetValueKind() == System.Text.Json.JsonValueKind.String ? x.GetValue<string>() : null)
                .Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!).ToList();
            if (items.Count > 0) return items;
        }
        return fallback;
    }
}

public sealed record ActivityDescriptor(
    string Type,
    string DisplayName,
    string Category,
    string Description,
    IReadOnlyList<string> Ports,
    IReadOnlyList<PropDescriptor> Props);

/// <summary>A property of an activity; <see cref="Schema"/> is a JSON schema the designer's property panel is built from.</summary>
public sealed record PropDescriptor(string Name, string Label, JsonObject Schema, bool Required = false, bool IsExpression = false)
{
    public static PropDescriptor Text(string name, string label, bool required = false) =>
        new(name, label, new JsonObject { ["type"] = "string" }, required);

    public static PropDescriptor Expression(string name, string label, bool required = true) =>
        new(name, label, new JsonObject { ["type"] = "string", ["format"] = "javascript" }, required, IsExpression: true);

    public static PropDescriptor StringList(string name, string label, bool required = false) =>
        new(name, label, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }, required);

    public static PropDescriptor Choice(string name, string label, bool required, params string[] values) =>
        new(name, label, new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()) }, required);
}

/// <summary>What a resume carries: the outcome chosen, form data and who acted.</summary>
public sealed record ResumeInput(string? Outcome = null, JsonObject? Data = null, string? Actor = null);

/// <summary>Thrown by an activity when the input given to it is wrong: the step is refused and nothing is saved (not an incident).</summary>
public sealed class WorkflowInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
