using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Workflows;
using CaseFlow.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Timers;

/// <summary>办件停滞: no step for the stall time; the supervisors of the units holding its steps are told, once per stall.</summary>
public sealed class StalledTimerHandler(CaseFlowDbContext db, ClockBook book, Escalation escalation) : ITimerHandler
{
    public TimerKind Kind => TimerKind.Stalled;

    public async Task HandleAsync(TimerRecord timer, CancellationToken ct)
    {
        var @case = await escalation.CaseOfAsync(timer, ct);
        // Waiting on the applicant, the courier or an excluded period is not a stall; the next step re-arms the timer.
        if (@case.Status is CaseStatus.AwaitingSupplement or CaseStatus.Delivering or CaseStatus.Archived or CaseStatus.Cancelled) return;
        if (await db.ExcludedPeriods.AnyAsync(p => p.CaseId == @case.Id && p.EndedAtUtc == null, ct)) return;
        if (!@case.MarkStalled(@case.LastStepAtUtc)) return;
        var tasks = await escalation.OpenTasksAsync(@case, withSupervisionOrders: true, ct);
        var steps = string.Join("、", tasks.Select(t => t.Title));
        var since = book.Local(@case.LastStepAtUtc);
        book.Event(@case, "stalled", $"办件停滞：自 {since} 起无办理进展", "system");
        await escalation.NotifySupervisorsAsync(@case, tasks, NotificationTexts.Stalled, () => new JsonObject { ["since"] = since, ["step"] = steps }, ct);
    }
}

/// <summary>视为受理 (art. 32): the review window passed with neither acceptance nor a notice; the clocks react to the event.</summary>
public sealed class DeemedAcceptanceTimerHandler(ClockBook book, Escalation escalation) : ITimerHandler
{
    public TimerKind Kind => TimerKind.DeemedAcceptance;

    public async Task HandleAsync(TimerRecord timer, CancellationToken ct)
    {
        var @case = await escalation.CaseOfAsync(timer, ct);
        var clocks = await book.ClocksAsync(@case, ct);
        if (@case.AcceptedAtUtc is not null || @case.Outcome != CaseOutcome.None || clocks.All(c => c.Kind != ClockKind.Review || !c.IsRunning)) return;
        @case.DeemAccepted(@case.MaterialCompleteAtUtc ?? @case.ReceivedAtUtc, book.Now);
    }
}

/// <summary>A Delay activity's time is up: its bookmark is resumed, if still there.</summary>
public sealed class WorkflowDelayTimerHandler(CaseFlowDbContext db, WorkflowHost host) : ITimerHandler
{
    public TimerKind Kind => TimerKind.WorkflowDelay;

    public async Task HandleAsync(TimerRecord timer, CancellationToken ct)
    {
        if (await db.Bookmarks.AnyAsync(b => b.Id == timer.BookmarkId, ct))
            await host.ResumeAsync(timer.InstanceId!, timer.BookmarkId!, new ResumeInput(null, null, "timer"), ct);
    }
}
