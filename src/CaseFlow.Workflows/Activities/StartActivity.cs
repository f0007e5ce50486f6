namespace CaseFlow.Workflows.Activities;

public sealed class StartActivity : Activity
{
    public const string TypeName = "Start";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "开始", "流程", "Where every instance begins.", ["done"], []);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done());
}
