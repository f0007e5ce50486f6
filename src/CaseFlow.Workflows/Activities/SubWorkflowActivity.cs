using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Activities;

/// <summary>
/// Starts a child instance of another definition and waits; the child's End outcome is this activity's port. The host resumes it
/// with the child's final variables as data, and <c>outputs</c> copies those it names into the parent (docs/decisions.md, decision 32).
/// </summary>
public sealed class SubWorkflowActivity : Activity
{
    public const string TypeName = "SubWorkflow";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "子流程", "流程", "Runs another published definition as a child and continues on its outcome.", ["done"],
    [
        PropDescriptor.Text("definitionId", "子流程定义", required: true), PropDescriptor.StringList("outcomes", "子流程结果"),
        new PropDescriptor("outputs", "子流程输出 (子流程变量 → 本流程变量)", new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } }),
    ]);

    public override IReadOnlyList<string>? PortsFor(ActivityNode node) => StringArrayProp(node, "outcomes", "done");

    public override IEnumerable<string> ValidateProps(ActivityNode node) => ChildOutputs.Problems(node.Props["outputs"]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkRequest.ChildKind, context.PropString("definitionId")!,
            Payload: new JsonObject { ["definitionId"] = context.PropString("definitionId"), ["input"] = context.Variables.DeepClone() })));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var outcome = input.Outcome ?? "done";
        var ports = PortsFor(context.Node)!;
        if (!ports.Contains(outcome))
            throw new InvalidOperationException($"The child ended with '{outcome}', which is not a port of '{context.Node.Id}' ({string.Join(", ", ports)}).");
        // A resume without data (a dry run, which runs no child) copies nothing.
        if (input.Data is { } childVariables && context.Prop("outputs") is JsonObject outputs)
            foreach (var (parentVariable, value) in ChildOutputs.Select(outputs, childVariables))
                context.SetOutput(parentVariable, value);
        return ValueTask.FromResult(ActivityResult.Done(outcome));
    }
}
