namespace CaseFlow.Workflows.Activities;

/// <summary>
/// Ends the instance; inside a Fork branch it ends only that branch, which counts as arrived for the Join (decision 4), unless
/// its <c>scope</c> is <c>workflow</c>: then it ends the whole instance, cancelling the other branches (Elsa's End, decision 32).
/// </summary>
public sealed class EndActivity : Activity
{
    public const string TypeName = "End";
    public const string WorkflowScope = "workflow";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "结束", "流程", "Ends the instance (or, inside a fork, the branch, unless its scope is workflow).", [],
        [PropDescriptor.Text("outcome", "结果"), PropDescriptor.Choice("scope", "结束范围", false, "branch", WorkflowScope)]);

    public static bool EndsWorkflow(Definitions.ActivityNode node) => node.PropString("scope") == WorkflowScope;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.End(context.PropString("outcome") ?? "done") with { EndsWorkflow = EndsWorkflow(context.Node) });
}
