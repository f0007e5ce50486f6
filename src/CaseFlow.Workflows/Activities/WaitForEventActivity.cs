namespace CaseFlow.Workflows.Activities;

/// <summary>Waits for a named event with a correlation key (e.g. a courier's delivery callback carrying the waybill).</summary>
public sealed class WaitForEventActivity : Activity
{
    public const string TypeName = "WaitForEvent";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "等待事件", "事件", "Waits for a named event, matched by a correlation key.", ["done"],
        [PropDescriptor.Text("eventName", "事件名", required: true), PropDescriptor.Expression("correlation", "关联键表达式", required: false)]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var key = context.PropString("correlation") is { Length: > 0 } expression ? context.Evaluate(expression)?.ToString() : null;
        return ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkRequest.EventKind, context.PropString("eventName")!, key)));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        if (input.Data is not null) context.SetOutput(context.Node.Id, input.Data);
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
