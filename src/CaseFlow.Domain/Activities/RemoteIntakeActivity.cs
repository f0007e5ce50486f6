using CaseFlow.Domain.Cases;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>异地收件: the window took the application in (the apply request is the act); records the applicant's visit if they came to the window.</summary>
public sealed class RemoteIntakeActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = Describe("RemoteIntake", "异地收件", "The intake window receives the application and checks identity.", ["done"]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        step.Case.RecordIntakeVisit();
        var missing = step.Case.Materials.Count(m => m.Required && m.State == MaterialState.Missing);
        step.Event("intake", $"窗口收件：{step.Case.ItemName}，收到材料 {step.Case.Materials.Count(m => m.State != MaterialState.Missing)} 件" + (missing > 0 ? $"，缺 {missing} 件" : ""));
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
