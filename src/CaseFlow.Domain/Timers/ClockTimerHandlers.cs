using System.Text.Json.Nodes;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Timers;

/// <summary>A case clock reached a level: the level is raised once, the timeline and the policy's actions follow.</summary>
public abstract class ClockLevelTimerHandler(CaseFlowDbContext db, ClockBook book, Escalation escalation) : ITimerHandler
{
    public abstract TimerKind Kind { get; }

    protected abstract SlaLevel Level { get; }

    public async Task HandleAsync(TimerRecord timer, CancellationToken ct)
    {
        var @case = await escalation.CaseOfAsync(timer, ct);
        var caseClock = await db.Clocks.SingleAsync(c => c.Id == timer.ClockId, ct);
        if (!caseClock.Raise(Level)) return;
        var warning = Level == SlaLevel.Yellow;
        var name = ClockBook.ClockName(caseClock.Kind);
        book.Event(@case, warning ? "clock-warning" : "clock-overdue", $"{name}{(warning ? "预警" : "超期")}（期限 {book.Deadline(caseClock)}）", "system");
        var tasks = await escalation.OpenTasksAsync(@case, withSupervisionOrders: false, ct);
        var policy = ClockBook.Item(@case).Timekeeping.Escalation;
        await escalation.ApplyAsync(warning ? policy.OnWarning : policy.OnOverdue, @case, tasks, warning ? NotificationTexts.CaseWarning : NotificationTexts.CaseOverdue,
            () => new JsonObject { ["clock"] = name, ["deadline"] = book.Deadline(caseClock), ["step"] = string.Join("、", tasks.Select(t => t.Title)) }, ct);
        await book.UpdateCaseLevelAsync(@case, ct);
    }
}

/// <summary>预警 of a case clock.</summary>
public sealed class ClockWarningTimerHandler(CaseFlowDbContext db, ClockBook book, Escalation escalation) : ClockLevelTimerHandler(db, book, escalation)
{
    public override TimerKind Kind => TimerKind.ClockWarning;
    protected override SlaLevel Level => SlaLevel.Yellow;
}

/// <summary>超期 of a case clock.</summary>
public sealed class ClockOverdueTimerHandler(CaseFlowDbContext db, ClockBook book, Escalation escalation) : ClockLevelTimerHandler(db, book, escalation)
{
    public override TimerKind Kind => TimerKind.ClockOverdue;
    protected override SlaLevel Level => SlaLevel.Red;
}
