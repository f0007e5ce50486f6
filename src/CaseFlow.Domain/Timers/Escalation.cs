using System.Text.Json.Nodes;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Timers;

/// <summary>The escalation policy's actions (通知、转派、督办) and the step policies they come from, for the level timers.</summary>
public sealed class Escalation(CaseFlowDbContext db, ClockBook book, Notifier notify, DefinitionStore definitions)
{
    public Task<Case> CaseOfAsync(TimerRecord timer, CancellationToken ct) =>
        db.Cases.Include(c => c.ServiceItem).SingleAsync(c => c.Id == timer.CaseId, ct);

    /// <summary>The open tasks of the case (supervision orders left out when asked).</summary>
    public Task<List<CaseTask>> OpenTasksAsync(Case @case, bool withSupervisionOrders, CancellationToken ct) =>
        db.Tasks.Where(t => t.CaseId == @case.Id && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed)
            && (withSupervisionOrders || t.ActivityType != CaseTask.SupervisionOrderType)).ToListAsync(ct);

    public async Task ApplyAsync(List<EscalationAction> actions, Case @case, IReadOnlyList<CaseTask> tasks, string template, Func<JsonObject> payload, CancellationToken ct)
    {
        foreach (var action in actions)
            switch (action.Type)
            {
                case EscalationAction.NotifyAssignee:
                    foreach (var task in tasks) await notify.ToTaskAsync(task, @case, template, payload(), ct);
                    break;
                case EscalationAction.NotifySupervisors:
                    await NotifySupervisorsAsync(@case, tasks, template, payload, ct);
                    break;
                case EscalationAction.Reassign:
                    foreach (var task in tasks.Where(t => t.IsOpen && !t.IsSupervisionOrder))
                    {
                        task.Reassign(action.Role!);
                        book.Event(@case, "reassigned", $"“{task.Title}”转派至 {action.Role}", "system");
                    }
                    break;
                case EscalationAction.SupervisionOrder:
                    foreach (var task in tasks.Where(t => !t.IsSupervisionOrder)) await RaiseSupervisionOrderAsync(@case, task, action.Limit, ct);
                    break;
            }
    }

    /// <summary>The supervisors of every unit holding one of the tasks (the case's home department or intake window when none).</summary>
    public async Task NotifySupervisorsAsync(Case @case, IReadOnlyList<CaseTask> tasks, string template, Func<JsonObject> payload, CancellationToken ct)
    {
        foreach (var unit in tasks.Select(t => t.OrgUnitId).DefaultIfEmpty(@case.HomeDepartmentId ?? @case.IntakeWindowId).Distinct())
            await notify.ToRoleAsync(@case, unit, Org.Roles.Supervisor, template, payload(), ct);
    }

    /// <summary>督办: a task of its own, with its own limit, for the unit that holds the late step.</summary>
    private async Task RaiseSupervisionOrderAsync(Case @case, CaseTask late, TimeLimit? limit, CancellationToken ct)
    {
        if (late.Id != 0 && await db.Tasks.AnyAsync(t => t.SupervisesTaskId == late.Id && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed), ct)) return;
        var calendar = book.Calendar;
        var due = calendar.Compute(limit ?? new TimeLimit { Value = 1, Unit = LimitUnit.WorkingDays }, book.Now, ClockBook.Region(@case));
        var order = new CaseTask
        {
            Case = @case, CaseId = @case.Id, InstanceId = late.InstanceId, BookmarkId = "sv" + Guid.NewGuid().ToString("N")[..30],
            ActivityId = late.ActivityId, ActivityType = CaseTask.SupervisionOrderType, Title = $"督办：{late.Title}", Role = late.Role,
            OrgUnitId = late.OrgUnitId, Outcomes = ["done"], CreatedAtUtc = book.Now, DueAtUtc = due.DueAtUtc, SupervisesTaskId = late.Id,
        };
        db.Tasks.Add(order);
        book.AddTimer(TimerKind.TaskOverdue, due.DueAtUtc, @case, task: order);
        var deadline = NotificationTexts.Deadline(due.DueDate, due.DueAtUtc, calendar.Hours.Zone);
        book.Event(@case, "supervision-order", $"下达督办单：“{late.Title}”，限 {deadline} 前办结", "system");
        await notify.ToRoleAsync(@case, late.OrgUnitId, late.Role, NotificationTexts.SupervisionOrder, new JsonObject { ["step"] = late.Title, ["deadline"] = deadline }, ct);
    }

    public void ScheduleReminder(Case @case, CaseTask task, EscalationPolicy policy, int sequence) =>
        book.AddTimer(TimerKind.OverdueReminder, book.Calendar.AddWorkingTime(book.Now, TimeSpan.FromHours(policy.ReminderEveryWorkingHours), ClockBook.Region(@case)),
            @case, task: task, sequence: sequence);

    /// <summary>The step's own policy (its activity's <c>escalation</c> prop in its instance's definition), else the item's; a supervision order follows the item's.</summary>
    public async Task<EscalationPolicy> PolicyForAsync(Case @case, CaseTask task, CancellationToken ct)
    {
        if (task.IsSupervisionOrder) return ClockBook.Item(@case).Timekeeping.Escalation;
        // The task's own instance: a rectification's steps (差评整改) run on another definition than the case's.
        var instance = await db.Instances.AsNoTracking().Where(i => i.Id == task.InstanceId && i.SubjectType != CaseSubject.TypeName)
            .Select(i => new { i.DefinitionId, i.DefinitionVersion }).FirstOrDefaultAsync(ct);
        var definition = instance is null ? await definitions.GetPublishedAsync(@case.DefinitionId, @case.DefinitionVersion, ct)
            : await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        return EscalationPolicy.OfStep(definition.FindActivity(task.ActivityId)) ?? ClockBook.Item(@case).Timekeeping.Escalation;
    }
}
