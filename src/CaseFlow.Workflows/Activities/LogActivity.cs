using System.Text.Json;

namespace CaseFlow.Workflows.Activities;

/// <summary>Writes a line into the journal (Elsa's WriteLine): the message expression's value, as text.</summary>
public sealed class LogActivity : Activity
{
    public const string TypeName = "Log";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "日志", "数据", "Writes a line, an expression's value, into the journal.", ["done"],
        [PropDescriptor.Expression("message", "日志内容表达式")]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var value = context.Evaluate(context.PropString("message")!);
        var line = value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value?.ToJsonString() ?? "";
        return ValueTask.FromResult(ActivityResult.Done() with { Message = line });
    }
}
