using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Activities;

/// <summary>Starts a child instance of another definition and waits; the child's End outcome is this activity's port.</summary>
public sealed class SubWorkflowActivity : Activity
{
    public const string TypeName = "SubWorkflow";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "子流程", "流程", "Runs another published definition as a child and continues on its outcome.", ["done"],
        [PropDescriptor.Text("definitionId", "子流程定义", required: true), PropDescriptor.StringList("outcomes", "子流程结果")]);

    public override IReadOnlyList<string>? PortsFor(Definitions.ActivityNode node) => StringArrayProp(node, "outcomes", "done");

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkRequest.ChildKind, context.PropString("definitionId")!,
            Payload: new JsonObject { ["definitionId"] = context.PropString("definitionId"), ["input"] = context.Variables.DeepClone() })));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var outcome = input.Outcome ?? "done";
        var ports = PortsFor(context.Node)!;
        if (!ports.Contains(outcome))
            throw new InvalidOperationException($"The child ended with '{outcome}', which is not a port of '{context.Node.Id}' ({string.Join(", ", ports)}).");
        return ValueTask.FromResult(ActivityResult.Done(outcome));
    }
}
