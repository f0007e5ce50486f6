using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Activities;

/// <summary>Starts one branch per outgoing connection, all tagged with this activation (docs/decisions.md, decision 4).</summary>
public sealed class ForkActivity : Activity
{
    public const string TypeName = "Fork";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "并行分支", "流程", "Runs every outgoing connection in parallel.", ["done"], []);

    public override IReadOnlyList<string>? PortsFor(ActivityNode node) => null;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Fork());
}
