namespace CaseFlow.Workflows.Activities;

/// <summary>
/// Where paths meet without a Fork to wait for: every arriving token simply passes on; or, with <c>waitFor</c>, it continues once a
/// token has come from each activity named: a path that never comes keeps the instance waiting there, as Elsa's Merge and Converge
/// wait after a decision (docs/decisions.md, decision 32).
/// </summary>
public sealed class MergeActivity : Activity
{
    public const string TypeName = "Merge";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "合流", "流程", "Paths meet here; each arrival continues, or once every path named in waitFor has arrived.", ["done"],
        [PropDescriptor.StringList("waitFor", "等待的来路")]);

    public static IReadOnlyList<string> WaitFor(Definitions.ActivityNode node) => StringArrayProp(node, "waitFor");

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(WaitFor(context.Node) is { Count: > 0 } sources ? ActivityResult.Merge(sources) : ActivityResult.Done());
}
