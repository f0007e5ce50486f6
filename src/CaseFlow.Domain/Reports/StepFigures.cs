using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Tasks;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// What 时效考核 counts of a completed step: on time against the deadline it answers to, and the share of that deadline's working
/// time it used. Stored on the task when it completes (docs/decisions.md, decision 33); steps completed before are judged the
/// same way when the report runs (<see cref="Timeliness"/>).
/// </summary>
public sealed record StepFigures(bool? OnTime, double? UsedShare)
{
    private static readonly string[] ReviewSteps = ["FormReview", "Accept"];
    private static readonly string[] DeliverySteps = ["LocalIssuance", "MailBack", "ServeDecision"];

    /// <summary>The case clock a step without a limit of its own answers to: review and acceptance steps to 形式审查期限, delivery steps to 送达期限, the rest to the committed deadline.</summary>
    public static ClockKind PhaseClock(string activityType) =>
        ReviewSteps.Contains(activityType) ? ClockKind.Review : DeliverySteps.Contains(activityType) ? ClockKind.Delivery : ClockKind.Committed;

    public static IReadOnlyList<string> ReviewActivityTypes => ReviewSteps;

    public static IReadOnlyList<string> DeliveryActivityTypes => DeliverySteps;

    /// <summary>On time = closed before the deadline; used share = working time from creation to close ÷ from creation to the deadline.</summary>
    public static StepFigures Judge(WorkCalendar calendar, DateTime createdUtc, DateTime closedUtc, DateTime? dueUtc, string? region)
    {
        if (dueUtc is not { } due) return new StepFigures(null, null);
        var limit = calendar.WorkingTimeBetween(createdUtc, due, region).TotalHours;
        double? used = limit > 0 ? calendar.WorkingTimeBetween(createdUtc, closedUtc, region).TotalHours / limit : null;
        return new StepFigures(closedUtc < due, used);
    }

    /// <summary>The deadline a step answers to: its own, else its phase clock's — the one of that kind started last before the step, else the last one started.</summary>
    public static DateTime? Deadline(CaseTask task, IEnumerable<CaseClock> clocks) =>
        task.DueAtUtc ?? clocks.Where(k => k.Kind == PhaseClock(task.ActivityType))
            .OrderBy(k => k.StartedAtUtc <= task.CreatedAtUtc ? 0 : 1).ThenByDescending(k => k.StartedAtUtc)
            .Select(k => (DateTime?)k.DueAtUtc).FirstOrDefault();
}

/// <summary>Records a completed step's figures against the deadline in force when it closed.</summary>
public sealed class RecordFiguresWhenStepCompleted(CaseFlowDbContext db, ClockBook book) : DomainEventHandler<TaskClosed>
{
    protected override async Task HandleAsync(TaskClosed e, CancellationToken ct)
    {
        var task = e.Task;
        if (task.Status != CaseTaskStatus.Completed || task.FiguresRecorded) return;
        var @case = task.Case ?? await db.Cases.FindAsync([task.CaseId], ct)
            ?? throw new InvalidOperationException($"Task {task.Id} has no case {task.CaseId}.");
        var due = StepFigures.Deadline(task, await book.ClocksAsync(@case, ct));
        task.RecordFigures(StepFigures.Judge(book.Calendar, task.CreatedAtUtc, task.ClosedAtUtc!.Value, due, @case.HomeRegionCode));
    }
}
