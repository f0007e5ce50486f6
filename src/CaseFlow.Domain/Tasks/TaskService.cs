using System.Text.Json.Nodes;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Rights;
using CaseFlow.Domain.Workflows;
using CaseFlow.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Tasks;

/// <summary>
/// What a person does to a task: claim, complete (resuming its bookmark), release, transfer (转办), comment, urge (催办),
/// return (退回), withdraw (撤回), delegate (委托). Each act is a handler: load and authorise through <see cref="AccessPolicy"/>,
/// the entity's own method, one save; it returns the task it loaded (with its case) for the answer.
/// </summary>
public sealed class TaskService(CaseFlowDbContext db, WorkflowHost host, DomainClock clock, AccessPolicy access, Notifications.Notifier notify)
{
    public async Task<CaseTask> ClaimAsync(long taskId, Actor actor, CancellationToken ct)
    {
        var (task, _) = await LoadActionableAsync(taskId, actor, ct);
        task.Claim(actor.UserId, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>The task if the actor sees it (404 otherwise), read-only, with its case.</summary>
    public async Task<CaseTask> GetAsync(long taskId, Actor actor, CancellationToken ct) => (await access.TaskAsync(actor, taskId, ct, tracked: false)).Task;

    /// <summary>Completes the task and runs the step it triggers; a concurrent completion loses with a conflict (409).</summary>
    public async Task<CaseTask> CompleteAsync(long taskId, string? outcome, JsonObject? data, Actor actor, CancellationToken ct)
    {
        var visible = await LoadActionableAsync(taskId, actor, ct);
        var task = visible.Task;
        outcome = TaskOutcomes.Choose(outcome, task.Outcomes) ?? throw new DomainValidationException(TaskOutcomes.Field, TaskOutcomes.Rule(task.Outcomes));
        await access.RequireTaskRightsAsync(visible, outcome, ct);
        var onBehalfOf = task.AssigneeUserId is { } holder && holder != actor.UserId ? actor.NameOf(holder) : null;
        task.Complete(outcome, actor.UserId, actor.UserName, clock.UtcNow, onBehalfOf is null ? null : task.AssigneeUserId, onBehalfOf);
        if (onBehalfOf is not null)
            Event(task, actor, "delegate-acted", $"{actor.UserName} 受 {onBehalfOf} 委托办理“{task.Title}”");
        if (task.IsSupervisionOrder)
        {
            // A supervision order answers to the supervisor; it resumes no workflow step.
            Event(task, actor, "supervision-answered", $"督办单“{task.Title}”已办结：{data?["comment"] ?? "已处理"}");
            await db.SaveChangesAsync(ct);
            return task;
        }
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

    /// <summary>Lets go of a claimed task: it goes back to its queue.</summary>
    public async Task<CaseTask> ReleaseAsync(long taskId, Actor actor, CancellationToken ct)
    {
        var (task, _) = await LoadActionableAsync(taskId, actor, ct);
        task.Release(actor.UserId);
        Event(task, actor, "released", $"{actor.UserName} 释放任务“{task.Title}”");
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>转办: to a colleague who holds the task's role (or the new role) over its org unit, or to a role's queue; with a reason.</summary>
    public async Task<CaseTask> TransferAsync(long taskId, string? toUserName, string? toRole, string? reason, Actor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainValidationException("reason", "A transfer (转办) needs a reason.");
        toUserName = string.IsNullOrWhiteSpace(toUserName) ? null : toUserName.Trim();
        toRole = string.IsNullOrWhiteSpace(toRole) ? null : toRole.Trim();
        if (toUserName is null && toRole is null)
            throw new DomainValidationException("toUser", "Name the user (toUser) or the role (toRole) the task goes to.");
        if (toRole is not null && !Roles.All.Contains(toRole)) throw new DomainValidationException("toRole", $"Unknown role '{toRole}'; one of: {string.Join(", ", Roles.All)}.");
        var (task, path) = await LoadActionableAsync(taskId, actor, ct);
        if (task.AssigneeUserId is { } holder && holder != actor.UserId && actor.NameOf(holder) is null)
            throw new DomainConflictException($"Task {taskId} is claimed by someone else.");
        long? userId = null;
        var role = toRole ?? task.Role;
        if (toUserName is not null)
        {
            if (!await db.Users.AnyAsync(u => u.UserName == toUserName && u.IsActive, ct))
                throw new DomainValidationException("toUser", $"No active user '{toUserName}'.");
            userId = await access.MayHoldTask(role, path).Where(u => u.UserName == toUserName).Select(u => (long?)u.Id).SingleOrDefaultAsync(ct)
                ?? throw new DomainValidationException("toUser", $"{toUserName} does not hold the role '{role}' over this task's org unit.");
        }
        task.Transfer(userId, toRole, clock.UtcNow);
        Event(task, actor, "transferred", $"“{task.Title}”转办给 {toUserName ?? role}：{reason.Trim()}");
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>A comment on a task, kept on its case's timeline: whoever may open the task may comment on it.</summary>
    public async Task CommentAsync(long taskId, string? text, Actor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 1000) throw new DomainValidationException("text", "A comment needs text (at most 1000 characters).");
        var task = (await access.TaskAsync(actor, taskId, ct)).Task;
        Event(task, actor, "comment", text.Trim(), new JsonObject { ["taskId"] = task.Id });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>催办: a supervisor's recorded reminder that reaches whoever holds the task.</summary>
    public async Task UrgeAsync(long taskId, string? message, Actor actor, CancellationToken ct)
    {
        var visible = await access.TaskAsync(actor, taskId, ct);
        AccessPolicy.RequireSupervisor(actor, visible);
        var (task, @case) = (visible.Task, visible.Case);
        if (!task.IsOpen) throw new DomainConflictException($"Task {taskId} is {task.Status.ToString().ToLowerInvariant()}: nothing to urge.");
        var text = string.IsNullOrWhiteSpace(message) ? "请加快办理" : message.Trim();
        Event(task, actor, "urged", $"{actor.UserName} 催办“{task.Title}”：{text}");
        await notify.ToTaskAsync(task, @case, Notifications.NotificationTexts.Urged, new JsonObject { ["step"] = task.Title, ["by"] = actor.DisplayName, ["message"] = text }, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>委托 to a named colleague for a set period; both see who acted.</summary>
    public async Task<Delegation> DelegateAsync(string? toUserName, DateOnly? from, DateOnly? to, string? reason, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var target = await db.Users.Where(u => u.UserName == toUserName && u.IsActive).Select(u => (long?)u.Id).SingleOrDefaultAsync(ct);
        if (target is null) errors["toUser"] = [$"No active user '{toUserName}'."];
        else if (target == actor.UserId) errors["toUser"] = ["A delegation goes to someone else."];
        if (from is null) errors["from"] = ["The first day is required."];
        if (to is null) errors["to"] = ["The last day is required."];
        else if (from is not null && to < from) errors["to"] = ["The last day cannot be before the first."];
        else if (to < clock.TodayInChina) errors["to"] = ["The period has already ended."];
        if (errors.Count > 0) throw new DomainValidationException(errors, "The delegation is not valid.");
        var delegation = new Delegation
        {
            FromUserId = actor.UserId, ToUserId = target!.Value, From = from!.Value, To = to!.Value, Reason = reason?.Trim() ?? "", CreatedAtUtc = clock.UtcNow,
        };
        db.Delegations.Add(delegation);
        await db.SaveChangesAsync(ct);
        return delegation;
    }

    public async Task RevokeDelegationAsync(long id, Actor actor, CancellationToken ct)
    {
        var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.Id == id && d.FromUserId == actor.UserId, ct)
            ?? throw new DomainNotFoundException($"Delegation {id} not found.");
        delegation.Revoke(clock.UtcNow);
        await db.SaveChangesAsync(ct);
    }

    private void Event(CaseTask task, Actor actor, string kind, string summary, JsonObject? data = null) =>
        db.CaseEvents.Add(new CaseEvent { CaseId = task.CaseId, AtUtc = clock.UtcNow, Actor = actor.UserName, Kind = kind, Summary = summary, DataJson = data?.ToJsonString() });

    /// <summary>退回: sends the case back to a step it has passed, cancelling this task.</summary>
    public async Task<CaseTask> ReturnAsync(long taskId, string toActivityId, string reason, Actor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainValidationException("reason", "A return needs a reason.");
        var (task, _) = await LoadActionableAsync(taskId, actor, ct);
        await MoveBackAsync(task, toActivityId, $"退回：{reason}", actor, ct);
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>撤回: takes back a task one completed, while the step it led to is still untouched (open, unclaimed).</summary>
    public async Task<CaseTask> WithdrawAsync(long completedTaskId, string? reason, Actor actor, CancellationToken ct)
    {
        var done = (await access.TaskAsync(actor, completedTaskId, ct)).Task;
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
        return done;
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
    /// The task, if the actor holds its role over its org unit; otherwise 404 (not visible: neither the task's unit nor a party
    /// to its case is in the actor's subtrees) or 403 (visible, role missing).
    /// </summary>
    private async Task<VisibleTask> LoadActionableAsync(long taskId, Actor actor, CancellationToken ct)
    {
        var visible = await access.TaskAsync(actor, taskId, ct);
        AccessPolicy.RequireTaskRole(actor, visible);
        if (!visible.Task.IsOpen) throw new DomainConflictException($"Task {taskId} is {visible.Task.Status.ToString().ToLowerInvariant()}.");
        return visible;
    }
}
