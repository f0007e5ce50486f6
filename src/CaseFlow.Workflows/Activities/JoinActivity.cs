namespace CaseFlow.Workflows.Activities;

/// <summary>Waits for the branches of its Fork: all of them, or the first (cancelling the others).</summary>
public sealed class JoinActivity : Activity
{
    public const string TypeName = "Join";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "汇聚", "流程",
        "Continues when every branch of the named Fork has arrived (all), or on the first, cancelling the rest (any).", ["done"],
        [PropDescriptor.Text("forkId", "对应的并行分支", required: true), PropDescriptor.Choice("mode", "汇聚方式", false, "all", "any")]);

    public static JoinMode ModeOf(Definitions.ActivityNode node) =>
        string.Equals(node.PropString("mode"), "any", StringComparison.OrdinalIgnoreCase) ? JoinMode.Any : JoinMode.All;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Join(context.PropString("forkId")!, ModeOf(context.Node)));
}
