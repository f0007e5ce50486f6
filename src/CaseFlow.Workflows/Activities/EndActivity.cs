namespace CaseFlow.Workflows.Activities;

/// <summary>Ends the instance; inside a Fork branch it ends only that branch, which counts as arrived for the Join.</summary>
public sealed class EndActivity : Activity
{
    public const string TypeName = "End";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "结束", "流程", "Ends the instance (or, inside a fork, the branch).", [],
        [PropDescriptor.Text("outcome", "结果")]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.End(context.PropString("outcome") ?? "done"));
}
