using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Activities;

/// <summary>
/// A generic task for a person: a role within a relative scope; the chosen outcome is the port. The host may add props of its
/// own to every task (the case host: the step's limit and escalation policy), which it reads from the node when it opens the task.
/// </summary>
public sealed class HumanTaskActivity(IReadOnlyList<PropDescriptor>? hostProps = null) : Activity
{
    public const string TypeName = "HumanTask";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "人工任务", "任务", "A task in an inbox: a role in a scope picks an outcome.", ["done"],
    [
        PropDescriptor.Text("title", "任务名称", required: true),
        PropDescriptor.Text("role", "办理角色", required: true),
        PropDescriptor.Choice("scope", "办理范围", false, "intakeWindow", "homeDepartment", "orgUnit"),
        PropDescriptor.Text("orgUnit", "指定机构编码"),
        PropDescriptor.StringList("outcomes", "办理结果"),
        .. hostProps ?? [],
    ]);

    public override IReadOnlyList<string>? PortsFor(ActivityNode node) => StringArrayProp(node, "outcomes", "done");

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(TaskRequest(context.Node, context.PropString("title")!, context.PropString("role")!,
            context.PropString("scope") ?? "intakeWindow", PortsFor(context.Node)!)));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var ports = PortsFor(context.Node)!;
        var outcome = TaskOutcomes.Choose(input.Outcome, ports) ?? throw new WorkflowInputException(TaskOutcomes.Field, TaskOutcomes.Rule(ports));
        if (input.Data is not null) context.SetOutput(context.Node.Id, input.Data);
        return ValueTask.FromResult(ActivityResult.Done(outcome));
    }

    /// <summary>The bookmark every task-shaped activity creates; the host turns it into one inbox task (docs/decisions.md, decision 2).</summary>
    public static BookmarkRequest TaskRequest(ActivityNode node, string title, string role, string scope, IEnumerable<string> outcomes) =>
        new(BookmarkRequest.TaskKind, title, Payload: new JsonObject
        {
            ["title"] = title,
            ["role"] = role,
            ["scope"] = scope,
            ["orgUnit"] = node.PropString("orgUnit"),
            ["outcomes"] = new JsonArray(outcomes.Select(o => (JsonNode)o).ToArray()),
        });
}
