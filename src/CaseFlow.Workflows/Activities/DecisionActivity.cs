using System.Text.Json;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Activities;

/// <summary>Evaluates an expression; its value (a port name, or true/false) is the port taken.</summary>
public sealed class DecisionActivity : Activity
{
    public const string TypeName = "Decision";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "条件分支", "流程",
        "Routes by an expression: a boolean goes to true/false, a string to the port of that name.", ["true", "false"],
        [PropDescriptor.Expression("expression", "条件表达式"), PropDescriptor.StringList("outcomes", "出口")]);

    public override IReadOnlyList<string>? PortsFor(ActivityNode node) => StringArrayProp(node, "outcomes", "true", "false");

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var value = context.Evaluate(context.PropString("expression")!);
        var port = value?.GetValueKind() switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.String => value.GetValue<string>(),
            _ => throw new InvalidOperationException($"Decision '{context.Node.Id}': the expression gave {value?.ToJsonString() ?? "null"}, not a port name."),
        };
        if (PortsFor(context.Node) is { } ports && !ports.Contains(port))
            throw new InvalidOperationException($"Decision '{context.Node.Id}': the expression gave '{port}', which is not one of its ports ({string.Join(", ", ports)}).");
        return ValueTask.FromResult(ActivityResult.Done(port));
    }
}
