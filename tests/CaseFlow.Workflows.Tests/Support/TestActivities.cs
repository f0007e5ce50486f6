using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Tests.Support;

/// <summary>Waits on a task; on resume its <c>decide</c> expression (which reads <c>input</c>) names the port.</summary>
internal sealed class ApproveActivity : Activity
{
    public const string TypeName = "Approve";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "审批", "测试", "Test activity.", ["done"],
        [PropDescriptor.Expression("decide", "结论表达式"), PropDescriptor.StringList("outcomes", "出口", required: true)]);

    public override IReadOnlyList<string>? PortsFor(ActivityNode node) => StringArrayProp(node, "outcomes", "done");

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkRequest.TaskKind, "审批")));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input) =>
        ValueTask.FromResult(ActivityResult.Done(context.Evaluate(context.PropString("decide")!)!.GetValue<string>()));
}

/// <summary>Throws while <c>vars.broken</c> is true: stands in for any activity that fails.</summary>
internal sealed class ThrowActivity : Activity
{
    public const string TypeName = "Throw";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "出错", "测试", "Test activity.", ["done"], []);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        context.Variables["broken"] is JsonValue v && v.GetValue<bool>()
            ? throw new InvalidOperationException("下游系统不可用")
            : ValueTask.FromResult(ActivityResult.Done());
}
