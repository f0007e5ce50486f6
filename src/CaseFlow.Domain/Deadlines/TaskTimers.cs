using CaseFlow.Domain.Events;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Timers;

namespace CaseFlow.Domain.Deadlines;

/// <summary>A task with a step limit gets its warning and overdue timers when it enters the inbox.</summary>
public sealed class ArmTimersWhenTaskCreated(ClockBook book) : DomainEventHandler<TaskCreated>
{
    protected override Task HandleAsync(TaskCreated e, CancellationToken ct)
    {
        var task = e.Task;
        if (task.DueAtUtc is not { } due) return Task.CompletedTask;
        var @case = task.Case ?? throw new InvalidOperationException($"Task {task.Id} has no case loaded.");
        var policy = e.Policy ?? ClockBook.Item(@case).Timekeeping.Escalation;
        book.AddTimer(TimerKind.TaskWarning, WarningAt(task, due, policy, ClockBook.Region(@case)), @case, task: task);
        book.AddTimer(TimerKind.TaskOverdue, due, @case, task: task);
        return Task.CompletedTask;
    }

    /// <summary>预警 at the policy's share of the step's working time, or so many working hours before its end; never after it.</summary>
    private DateTime WarningAt(CaseTask task, DateTime due, EscalationPolicy policy, string? region)
    {
        var calendar = book.Calendar;
        if (policy.WarnHoursLeft is { } left) return Min(calendar.SubtractWorkingTime(due, TimeSpan.FromHours(left), region), due);
        var span = calendar.WorkingTimeBetween(task.CreatedAtUtc, due, region);
        return Min(calendar.AddWorkingTime(task.CreatedAtUtc, span * policy.WarnShare, region), due);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}

/// <summary>A task that left the inbox (completed or cancelled) takes its pending timers with it.</summary>
public sealed class CancelTimersWhenTaskClosed(ClockBook book) : DomainEventHandler<TaskClosed>
{
    protected override async Task HandleAsync(TaskClosed e, CancellationToken ct)
    {
        var task = e.Task;
        // Not saved yet (opened and closed within one step): its timers carry no task id to match by.
        if (task.Id == 0 || task.Case is not { } @case) return;
        foreach (var timer in (await book.PendingTimersAsync(@case, ct)).Where(t => t.TaskId == task.Id)) timer.Cancel(book.Now);
    }
}
