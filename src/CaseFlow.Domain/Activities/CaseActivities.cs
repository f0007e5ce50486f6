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

    /// <summary>差评整改: the steps of a workflow whose subject is a rating (docs/decisions.md, decision 20).</summary>
    public static IEnumerable<Activity> Rectification() => [new VerifyRatingActivity(), new RectifyRatingActivity(), new FollowUpRatingActivity()];

    /// <summary>The engine's activities (every HumanTask with the step's limit and escalation policy), the case activities and the rectification ones.</summary>
    public static ActivityRegistry Registry() => new([.. ActivityRegistry.BuiltIns(StepTimekeeping.Props()), .. All(), .. Rectification()]);
}
