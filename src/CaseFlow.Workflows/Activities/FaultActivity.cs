namespace CaseFlow.Workflows.Activities;

/// <summary>Raises an incident with a message (Elsa's Fault); the token stays parked until an admin retries or cancels.</summary>
public sealed class FaultActivity : Activity
{
    public const string TypeName = "Fault";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "故障", "流程", "Stops this path with an incident carrying a message; its port is never taken.", ["done"],
        [PropDescriptor.Text("message", "故障说明", required: true), PropDescriptor.Text("code", "故障代码")]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var code = context.PropString("code") is { Length: > 0 } c ? $"[{c}] " : "";
        throw new InvalidOperationException(code + context.PropString("message"));
    }
}
