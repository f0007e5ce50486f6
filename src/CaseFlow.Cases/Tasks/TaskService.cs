using System.Text.Json.Nodes;
using CaseFlow.Cases.Cases;
using CaseFlow.Cases.Common;
using CaseFlow.Cases.Org;
using CaseFlow.Cases.Rights;
using CaseFlow.Cases.Workflows;
using CaseFlow.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Cases.Tasks;

/// <summary>What a person does to a task: claim, complete (resuming its bookmark), return (退回), withdraw (撤回).</summary>
public sealed class TaskService(CaseFlowDbContext db, WorkflowHost host, DomainClock clock, WindowRights rights)
{
    public async Task<CaseTask> ClaimAsync(long taskId, Actor actor, CancellationToken ct)
    {
        var task = await LoadActionableAsync(taskId, actor, ct);
        task.Claim(actor.UserId, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>Completes the task and runs the step it triggers; a concurrent completion loses with a conflict (409).</summary>
    public async Task<CaseTask> CompleteAsync(long taskId, string? outcome, JsonObject? data, Actor actor, CancellationToken ct)
    {
        var task = await LoadActionableAsync(taskId, actor, ct);
        outcome ??= task.Outcomes.Count == 1 ? task.Outcomes[0] : null;
        if (outcome is null || !task.Outcomes.Contains(outcome))
            throw new DomainValidationException("outcome", $"The outcome must be one of: {string.Join(", ", task.Outcomes)}.");
        await RequireWindowRightsAsync(task, outcome, ct);
        task.Complete(outcome, actor.UserId, actor.UserName, clock.UtcNow);
        try
        {
            await host.ResumeAsync(task.InstanceId, task.BookmarkId, new ResumeInput(outcome, data, actor.UserName), ct);
        }
        catch (WorkflowInputException ex)
        {
            throw new DomainValidationException(ex.Field, ex.Message);
        }
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>退回: sends the case back to a step it has passed, cancelling this task.</summary>
    public async Task ReturnAsync(long taskId, string toActivityId, string reason, Actor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainValidationException("reason", "A return needs a reason.");
        var task = await LoadActionableAsync(taskId, actor, ct);
        await MoveBackAsync(task, toActivityId, $"退回：{reason}", actor, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>撤回: takes back a task one completed, while the step it led to is still untouched (open, unclaimed).</summary>
    public async Task WithdrawAsync(long completedTaskId, string? reason, Actor actor, CancellationToken ct)
    {
        var done = await db.Tasks.SingleOrDefaultAsync(t => t.Id == completedTaskId, ct) ?? throw new DomainNotFoundException($"Task {completedTaskId} not found.");
        var path = await db.OrgUnits.Where(o => o.Id == done.OrgUnitId).Select(o => o.Path).SingleAsync(ct);
        if (!await OrgScope.CanSeeTaskAsync(db, actor, path, done.CaseId, ct)) throw new DomainNotFoundException($"Task {completedTaskId} not found.");
        if (done.Status != CaseTaskStatus.Completed || done.CompletedBy != actor.UserName)
            throw new DomainConflictException("Only the person who completed a task can withdraw it.");
        var next = await db.Tasks.Where(t => t.InstanceId == done.InstanceId && t.Id > done.Id
                && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed)).ToListAsync(ct);
        if (next.Count != 1 || next[0].Status != CaseTaskStatus.Open)
            throw new DomainConflictException(next.Count == 0
                ? "The next step is no longer waiting: nothing to withdraw."
                : "The next step has already been taken up: it can no longer be withdrawn.");
        await MoveBackAsync(next[0], done.ActivityId, $"撤回：{reason ?? "经办人撤回"}", actor, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task MoveBackAsync(CaseTask task, string toActivityId, string reason, Actor actor, CancellationToken ct)
    {
        try
        {
            await host.MoveBackAsync(task.InstanceId, task.BookmarkId, toActivityId, reason, actor.UserName, ct);
        }
        catch (CaseFlow.Workflows.Runtime.WorkflowStateException ex)
        {
            throw new DomainConflictException(ex.Message);
        }
        db.CaseEvents.Add(new CaseEvent { CaseId = task.CaseId, AtUtc = clock.UtcNow, Actor = actor.UserName, Kind = "moved-back", Summary = reason });
    }

    /// <summary>
    /// Window steps need the intake window's right for the item (形式审查权, plus 一次性告知权 for a notice; 审批结果送达权 to issue
    /// the result), checked before anything changes. Steps at departments need none.
    /// </summary>
    private async Task RequireWindowRightsAsync(CaseTask task, string outcome, CancellationToken ct)
    {
        var needed = WindowRights.ForTask(task.ActivityType, outcome);
        if (needed.Count == 0) return;
        var @case = await db.Cases.AsNoTracking().Where(c => c.Id == task.CaseId).Select(c => new { c.IntakeWindowId, c.ServiceItemId }).SingleAsync(ct);
        var item = await db.ServiceItems.AsNoTracking().SingleAsync(s => s.Id == @case.ServiceItemId, ct);
        foreach (var right in needed) await rights.RequireAsync(@case.IntakeWindowId, right, item, ct);
    }

    /// <summary>
    /// The task, if the actor holds its role over its org unit; otherwise 404 (not visible: neither the task's unit nor a party
    /// to its case is in the actor's subtrees) or 403 (visible, role missing).
    /// </summary>
    private async Task<CaseTask> LoadActionableAsync(long taskId, Actor actor, CancellationToken ct)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new DomainNotFoundException($"Task {taskId} not found.");
        var path = await db.OrgUnits.Where(o => o.Id == task.OrgUnitId).Select(o => o.Path).SingleAsync(ct);
        if (!await OrgScope.CanSeeTaskAsync(db, actor, path, task.CaseId, ct)) throw new DomainNotFoundException($"Task {taskId} not found.");
        if (!actor.HasRoleOver(task.Role, path)) throw new DomainForbiddenException($"Task {taskId} needs the role '{task.Role}' in its org unit.");
        if (!task.IsOpen) throw new DomainConflictException($"Task {taskId} is {task.Status.ToString().ToLowerInvariant()}.");
        return task;
    }
}
