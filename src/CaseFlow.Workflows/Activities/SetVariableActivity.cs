namespace CaseFlow.Workflows.Activities;

public sealed class SetVariableActivity : Activity
{
    public const string TypeName = "SetVariable";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "设置变量", "数据", "Sets a variable to an expression's value.", ["done"],
        [PropDescriptor.Text("name", "变量名", required: true), PropDescriptor.Expression("expression", "值表达式")]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var value = context.Evaluate(context.PropString("expression")!);
        context.SetOutput(context.PropString("name")!, value);
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
