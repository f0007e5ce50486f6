using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Activities;

/// <summary>Routes by cases tried in order (Elsa's FlowSwitch): the first whose condition is true names the port, else <c>default</c>.</summary>
public sealed class SwitchActivity : Activity
{
    public const string TypeName = "Switch";
    public const string DefaultPort = "default";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "多路分支", "流程",
        "Tries each case's condition in order; the first true one is the port taken, otherwise 'default'.", [DefaultPort],
        [new PropDescriptor("cases", "分支条件", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } }, Required: true)]);

    public static IReadOnlyList<(string Label, string Condition)> Cases(ActivityNode node) =>
        node.Props["cases"] is JsonArray cases
            ? cases.OfType<JsonObject>().Select(c => (Text(c["label"]), Text(c["condition"]))).Where(c => c.Item1.Length > 0).ToList()
            : [];

    public override IReadOnlyList<string>? PortsFor(ActivityNode node) => [.. Cases(node).Select(c => c.Label).Distinct(), DefaultPort];

    public override IEnumerable<string> ValidateProps(ActivityNode node)
    {
        if (node.Props["cases"] is JsonArray cases && cases.Any(c => c is not JsonObject o || Text(o["label"]).Length == 0 || Text(o["condition"]).Length == 0))
            yield return "Every case needs a 'label' and a 'condition'.";
    }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        foreach (var (label, condition) in Cases(context.Node))
            if (context.Evaluate(condition)?.GetValueKind() == JsonValueKind.True)
                return ValueTask.FromResult(ActivityResult.Done(label));
        return ValueTask.FromResult(ActivityResult.Done(DefaultPort));
    }

    private static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
