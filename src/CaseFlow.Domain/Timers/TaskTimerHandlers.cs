using System.Text.Json.Nodes;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Timers;

/// <summary>A task's step limit reached a level: raised once, then its step's policy (overdue starts the reminders).</summary>
public abstract class TaskLevelTimerHandler(CaseFlowDbContext db, ClockBook book, Escalation escalation) : ITimerHandler
{
    public abstract TimerKind Kind { get; }

    protected abstract SlaLevel Level { get; }

    public async Task HandleAsync(TimerRecord timer, CancellationToken ct)
    {
        var @case = await escalation.CaseOfAsync(timer, ct);
        var task = await db.Tasks.SingleAsync(t => t.Id == timer.TaskId, ct);
        if (!task.Raise(Level)) return;
        var warning = Level == SlaLevel.Yellow;
        var policy = await escalation.PolicyForAsync(@case, task, ct);
        var deadline = book.Local(task.DueAtUtc!.Value);
        book.Event(@case, warning ? "task-warning" : "task-overdue", $"“{task.Title}”环节{(warning ? "预警" : "超期")}（期限 {deadline}）", "system");
        var actions = warning ? policy.OnWarning : policy.OnOverdue;
        // A supervision order that is itself late is reported upwards, never supervised again.
        if (task.IsSupervisionOrder) actions = actions.Where(a => a.Type is EscalationAction.NotifyAssignee or EscalationAction.NotifySupervisors).ToList();
        await escalation.ApplyAsync(actions, @case, [task], warning ? NotificationTexts.TaskWarning : NotificationTexts.TaskOverdue,
            () => new JsonObject { ["step"] = task.Title, ["deadline"] = deadline }, ct);
        if (!warning && policy.ReminderMax > 0) escalation.ScheduleReminder(@case, task, policy, 1);
    }
}

/// <summary>预警 of a task's step limit.</summary>
public sealed class TaskWarningTimerHandler(CaseFlowDbContext db, ClockBook book, Escalation escalation) : TaskLevelTimerHandler(db, book, escalation)
{
    public override TimerKind Kind => TimerKind.TaskWarning;
    protected override SlaLevel Level => SlaLevel.Yellow;
}

/// <summary>超期 of a task's step limit.</summary>
public sealed class TaskOverdueTimerHandler(CaseFlowDbContext db, ClockBook book, Escalation escalation) : TaskLevelTimerHandler(db, book, escalation)
{
    public override TimerKind Kind => TimerKind.TaskOverdue;
    protected override SlaLevel Level => SlaLevel.Red;
}

/// <summary>超期催办: reminds the assignee while the task stays open, up to the policy's maximum.</summary>
public sealed class OverdueReminderTimerHandler(CaseFlowDbContext db, ClockBook book, Escalation escalation, Notifier notify) : ITimerHandler
{
    public TimerKind Kind => TimerKind.OverdueReminder;

    public async Task HandleAsync(TimerRecord timer, CancellationToken ct)
    {
        var @case = await escalation.CaseOfAsync(timer, ct);
        var task = await db.Tasks.SingleAsync(t => t.Id == timer.TaskId, ct);
        if (!task.IsOpen) return;
        var policy = await escalation.PolicyForAsync(@case, task, ct);
        await notify.ToTaskAsync(task, @case, NotificationTexts.OverdueReminder,
            new JsonObject { ["step"] = task.Title, ["deadline"] = book.Local(task.DueAtUtc!.Value), ["sequence"] = timer.Sequence }, ct);
        book.Event(@case, "overdue-reminder", $"“{task.Title}”超期催办（第 {timer.Sequence} 次）", "system");
        if (timer.Sequence < policy.ReminderMax) escalation.ScheduleReminder(@case, task, policy, timer.Sequence + 1);
    }
}
