using CaseFlow.Domain.Deadlines;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

public static class CaseActivities
{
    public static IEnumerable<Activity> All() =>
    [
        new RemoteIntakeActivity(), new FormReviewActivity(), new WaitForSupplementActivity(), new AcceptActivity(),
        new PushToHomeDepartmentActivity(), new ApprovalActivity(), new ConcludeJointApprovalActivity(), new ServeDecisionActivity(),
        new MailBackActivity(), new LocalIssuanceActivity(), new ArchiveActivity(),
    ];

    /// <summary>The engine's activities (every HumanTask with the step's limit and escalation policy) and the case activities.</summary>
    public static ActivityRegistry Registry() => new([.. ActivityRegistry.BuiltIns(StepTimekeeping.Props()), .. All()]);
}
