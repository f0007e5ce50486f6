namespace CaseFlow.Workflows.Activities;

/// <summary>Where paths meet without a Fork to wait for: every arriving token simply passes on.</summary>
public sealed class MergeActivity : Activity
{
    public const string TypeName = "Merge";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "合流", "流程", "Paths meet here; each arrival continues.", ["done"], []);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done());
}
