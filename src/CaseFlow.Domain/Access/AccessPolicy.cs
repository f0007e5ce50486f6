using System.Linq.Expressions;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Rights;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CaseFlow.Domain.Access;

/// <summary>A task the actor may see, with its org unit's tree path; its case is loaded with it.</summary>
public sealed record VisibleTask(CaseTask Task, string UnitPath)
{
    public Case Case => Task.Case!;
}

/// <summary>
/// The one access policy (README "Who may see and do what", docs/architecture.md). Seeing: a user sees what lies in the
/// subtrees of their units, and a case (with its tasks, timeline, documents and clocks) whose intake window or home
/// department lies there, or that has a task of a unit there (多地联办: that unit is a party); admins see everything; what is not visible answers 404, reads and acts alike. Doing: on what is
/// visible, an act without its role or window right answers 403 naming it. Scoped: unit paths are read once per request.
/// </summary>
public sealed class AccessPolicy(CaseFlowDbContext db, WindowRights rights)
{
    private readonly Dictionary<long, string> _paths = [];
    private (long UserId, HashSet<long>? Units)? _visibleUnits;

    // ── Seeing ──────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>Ids of every unit in the subtrees of the actor's memberships; null for admins (everything).</summary>
    public async Task<HashSet<long>?> VisibleUnitIdsAsync(Actor actor, CancellationToken ct)
    {
        if (_visibleUnits is { } cached && cached.UserId == actor.UserId) return cached.Units;
        HashSet<long>? ids = null;
        if (!actor.IsAdmin)
        {
            ids = [];
            foreach (var path in actor.Memberships.Select(m => m.Path).Distinct())
                ids.UnionWith(await db.OrgUnits.Where(o => o.Path.StartsWith(path)).Select(o => o.Id).ToListAsync(ct));
        }
        _visibleUnits = (actor.UserId, ids);
        return ids;
    }

    /// <summary>The cases the actor sees (a list's filter): their subtrees hold its intake window or home department.</summary>
    public async Task<IQueryable<Case>> VisibleCasesAsync(Actor actor, CancellationToken ct)
    {
        var units = await VisibleUnitIdsAsync(actor, ct);
        var cases = db.Cases.AsNoTracking();
        return units is null ? cases
            : cases.Where(c => units.Contains(c.IntakeWindowId) || (c.HomeDepartmentId != null && units.Contains(c.HomeDepartmentId.Value))
                || db.Tasks.Any(t => t.CaseId == c.Id && units.Contains(t.OrgUnitId)));
    }

    /// <summary>
    /// 效能监管 reports: a supervisor sees the cases of the subtrees they supervise (by the rule above, through their supervisor
    /// memberships only), an admin every case; anyone else gets a 403.
    /// </summary>
    public async Task<IQueryable<Case>> SupervisedCasesAsync(Actor actor, CancellationToken ct)
    {
        if (await SupervisedUnitIdsAsync(actor, ct) is not { } units) return db.Cases.AsNoTracking();
        return db.Cases.AsNoTracking().Where(c => units.Contains(c.IntakeWindowId) || (c.HomeDepartmentId != null && units.Contains(c.HomeDepartmentId.Value))
            || db.Tasks.Any(t => t.CaseId == c.Id && units.Contains(t.OrgUnitId)));
    }

    /// <summary>
    /// What a supervisor's rates count (docs/decisions.md, decision 34): the cases received by a window or decided by a
    /// department of the supervised subtrees — where the figures are made, not every unit a step passed through — as cases
    /// and as the rows of the daily summaries; everything for admins.
    /// </summary>
    public async Task<(IQueryable<Case> Cases, IQueryable<Reports.RateDayCount> Days)> RatedAsync(Actor actor, CancellationToken ct)
    {
        if (await SupervisedUnitIdsAsync(actor, ct) is not { } units) return (db.Cases.AsNoTracking(), db.RateDayCounts.AsNoTracking());
        return (db.Cases.AsNoTracking().Where(c => units.Contains(c.IntakeWindowId) || (c.HomeDepartmentId != null && units.Contains(c.HomeDepartmentId.Value))),
            db.RateDayCounts.AsNoTracking().Where(r => units.Contains(r.WindowId) || (r.DepartmentId != null && units.Contains(r.DepartmentId.Value))));
    }

    /// <summary>
    /// The units of the subtrees a supervisor supervises (reports, stored daily reports); null for admins (every unit); anyone
    /// else gets a 403 naming the role.
    /// </summary>
    public async Task<HashSet<long>?> SupervisedUnitIdsAsync(Actor actor, CancellationToken ct)
    {
        if (actor.IsAdmin) return null;
        if (!actor.HasRole(Roles.Supervisor))
            throw new DomainForbiddenException($"Reports (效能监管) are for supervisors (role '{Roles.Supervisor}') and administrators.");
        var units = new HashSet<long>();
        foreach (var path in actor.Memberships.Where(m => m.Role == Roles.Supervisor).Select(m => m.Path).Distinct())
            units.UnionWith(await db.OrgUnits.Where(o => o.Path.StartsWith(path)).Select(o => o.Id).ToListAsync(ct));
        return units;
    }

    /// <summary>The case if the actor sees it, otherwise 404; tracked (with its item) when the request changes it.</summary>
    public async Task<Case> CaseAsync(Actor actor, long caseId, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.Cases.Include(c => c.ServiceItem) : db.Cases.AsNoTracking();
        var @case = await query.SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null || !await SeesCaseAsync(actor, @case, ct)) throw new DomainNotFoundException($"Case {caseId} not found.");
        return @case;
    }

    /// <summary>The task (tracked, with its case) if it is visible: its own unit is in the actor's subtrees, or its case is. Otherwise 404.</summary>
    public async Task<VisibleTask> TaskAsync(Actor actor, long taskId, CancellationToken ct, bool tracked = true)
    {
        var query = tracked ? db.Tasks.Include(t => t.Case) : db.Tasks.AsNoTracking().Include(t => t.Case);
        var task = await query.SingleOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new DomainNotFoundException($"Task {taskId} not found.");
        await PathsAsync([task.OrgUnitId, task.Case!.IntakeWindowId, task.Case.HomeDepartmentId], ct);
        var path = _paths[task.OrgUnitId];
        if (!actor.Covers(path) && !await SeesCaseAsync(actor, task.Case, ct)) throw new DomainNotFoundException($"Task {taskId} not found.");
        return new VisibleTask(task, path);
    }

    /// <summary>Open, unclaimed tasks for a role the actor holds over their org unit: what their team may take (the queues' filter).</summary>
    public async Task<IQueryable<CaseTask>> QueuedForAsync(Actor actor, CancellationToken ct)
    {
        var open = db.Tasks.AsNoTracking().Where(t => t.Status == CaseTaskStatus.Open && t.AssigneeUserId == null);
        Expression<Func<CaseTask, bool>>? mayTake = null;
        foreach (var role in actor.Memberships.Select(m => m.Role).Distinct())
        {
            var ids = new HashSet<long>();
            foreach (var path in actor.Memberships.Where(m => m.Role == role).Select(m => m.Path).Distinct())
                ids.UnionWith(await db.OrgUnits.Where(o => o.Path.StartsWith(path)).Select(o => o.Id).ToListAsync(ct));
            Expression<Func<CaseTask, bool>> one = t => t.Role == role && ids.Contains(t.OrgUnitId);
            mayTake = mayTake is null ? one : Expression.Lambda<Func<CaseTask, bool>>(
                Expression.OrElse(mayTake.Body, ReplacingExpressionVisitor.Replace(one.Parameters[0], mayTake.Parameters[0], one.Body)), mayTake.Parameters);
        }
        return mayTake is null ? open.Where(t => false) : open.Where(mayTake);
    }

    /// <summary>Tasks the actor holds, and those held by colleagues who delegated to them today (委托).</summary>
    public IQueryable<CaseTask> HeldBy(Actor actor)
    {
        var holders = actor.ActingFor.Select(a => a.UserId).Append(actor.UserId).ToList();
        return db.Tasks.AsNoTracking().Where(t => t.Status == CaseTaskStatus.Claimed && t.AssigneeUserId != null && holders.Contains(t.AssigneeUserId.Value));
    }

    /// <summary>
    /// 转办 to a named user: an active user holding <paramref name="role"/> in the task's unit or one of its ancestors (the
    /// same rule claiming uses); the transfer and the list of candidates both ask this.
    /// </summary>
    public IQueryable<User> MayHoldTask(string role, string unitPath)
    {
        var paths = OrgUnit.PathsUpTo(unitPath);
        return db.Users.AsNoTracking().Where(u => u.IsActive && u.Memberships.Any(m => m.Role == role && paths.Contains(m.OrgUnit!.Path)));
    }

    /// <summary>办过的: tasks the actor completed, for themselves or for a colleague who delegated to them.</summary>
    public IQueryable<CaseTask> CompletedBy(Actor actor) =>
        db.Tasks.AsNoTracking().Where(t => t.Status == CaseTaskStatus.Completed && t.CompletedBy == actor.UserName);

    // ── Doing ───────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>收件 is done by a clerk of the window itself (the case's intake window): the first of the windows the actor is a clerk of.</summary>
    public static OrgUnit? IntakeWindowOf(Actor actor, IEnumerable<OrgUnit> windows) =>
        windows.FirstOrDefault(w => actor.Memberships.Any(m => m.OrgUnitId == w.Id && m.Role == Roles.Clerk));

    public static DomainForbiddenException NotAnIntakeClerk(string? windowCode) => new(windowCode is null
        ? $"Only a window clerk (综合窗口人员, role '{Roles.Clerk}') takes applications in."
        : $"You are not a clerk of window {windowCode} (role '{Roles.Clerk}').");

    /// <summary>Acting on a task (claim, release, complete, transfer, return) needs its role over its org unit.</summary>
    public static void RequireTaskRole(Actor actor, VisibleTask task)
    {
        if (!actor.HasRoleOver(task.Task.Role, task.UnitPath))
            throw new DomainForbiddenException($"Task {task.Task.Id} needs the role '{task.Task.Role}' in its org unit.");
    }

    /// <summary>催办 needs the supervisor role over the task's org unit.</summary>
    public static void RequireSupervisor(Actor actor, VisibleTask task)
    {
        if (!actor.HasRoleOver(Roles.Supervisor, task.UnitPath))
            throw new DomainForbiddenException($"Urging (催办) a task needs the role '{Roles.Supervisor}' over its org unit.");
    }

    /// <summary>The applicant's acts at the window (supplement, delivery) are recorded by a clerk of the intake window.</summary>
    public async Task RequireIntakeClerkAsync(Actor actor, Case @case, string act, CancellationToken ct)
    {
        await PathsAsync([@case.IntakeWindowId], ct);
        if (!actor.HasRoleOver(Roles.Clerk, _paths[@case.IntakeWindowId]))
        {
            var code = await db.OrgUnits.AsNoTracking().Where(o => o.Id == @case.IntakeWindowId).Select(o => o.Code).SingleAsync(ct);
            throw new DomainForbiddenException($"Only a clerk of the intake window {code} (role '{Roles.Clerk}') records {act} for 办件 {@case.CaseNo}.");
        }
    }

    /// <summary>Clocks are stopped and extended by the deciding side: an approver over the home department (or the intake window, 就地批办); admins only through that role.</summary>
    public async Task RequireDecidingApproverAsync(Actor actor, Case @case, CancellationToken ct)
    {
        // The window decides only what it approves itself (就地批办, 即办件); any other case is decided at home, and before the
        // push there is no deciding department yet — the window's approvers are not it.
        var windowDecides = @case.HandlingMode is HandlingMode.LocalApproval or HandlingMode.Immediate;
        long? unit = windowDecides ? @case.IntakeWindowId : @case.HomeDepartmentId;
        if (unit is { } id) await PathsAsync([id], ct);
        if (unit is not { } deciding || !actor.HasRoleOver(Roles.Approver, _paths[deciding]))
            throw new DomainForbiddenException($"Stopping or extending a case's clocks needs the role '{Roles.Approver}' in the deciding department.");
    }

    /// <summary>延长 is approved by the item's extension approver role (held anywhere; admins too need it); on top of <see cref="RequireDecidingApproverAsync"/>.</summary>
    public static void RequireExtensionApprover(Actor actor, Catalog.ServiceItem item)
    {
        if (!actor.HasRole(item.Timekeeping.ExtensionApproverRole))
            throw new DomainForbiddenException($"An extension of this item is approved by the role '{item.Timekeeping.ExtensionApproverRole}'.");
    }

    /// <summary>The intake window's rights the act needs (<see cref="WindowActs"/>), checked before anything changes; 403 naming the right.</summary>
    public async Task RequireWindowRightsAsync(WindowAct act, Case @case, bool also, CancellationToken ct)
    {
        var needed = WindowActs.Needs(act, also);
        if (needed.Count == 0) return;
        var item = @case.ServiceItem ?? await db.ServiceItems.AsNoTracking().SingleAsync(s => s.Id == @case.ServiceItemId, ct);
        foreach (var right in needed) await rights.RequireAsync(@case.IntakeWindowId, right, item, ct);
    }

    /// <summary>Completing a window step needs the intake window's right for the item (<see cref="WindowActs.ForTask(string)"/>).</summary>
    public Task RequireTaskRightsAsync(VisibleTask task, string outcome, CancellationToken ct) =>
        WindowActs.ForTask(task.Task.ActivityType) is { } act
            ? RequireWindowRightsAsync(act, task.Case, act == WindowAct.CompleteFormReview && outcome == "supplement", ct)
            : Task.CompletedTask;

    /// <summary>Who sees personal data (the form's personal fields, the audit trail's ID numbers, phones and addresses) unmasked: admins only.</summary>
    public static bool SeesPersonalDataInFull(Actor actor) => actor.IsAdmin;

    /// <summary>Users, org units, rights, calendars, incidents and the system trails are for administrators.</summary>
    public static Actor RequireAdmin(Actor actor, string refusal) => actor.IsAdmin ? actor : throw new DomainForbiddenException(refusal);

    /// <summary>A role held anywhere (designers save and publish definitions); admins act only through the roles they hold.</summary>
    public static Actor RequireRole(Actor actor, string role, string refusal) =>
        actor.HasRole(role) ? actor : throw new DomainForbiddenException(refusal);

    /// <summary>
    /// The outbox: admins read all of it; supervisors only the messages of cases they see (a message without a case —
    /// a staff notice not tied to a case — is for admins only); anyone else gets a 403.
    /// </summary>
    public async Task<IQueryable<OutboxMessage>> VisibleOutboxAsync(Actor actor, CancellationToken ct)
    {
        if (actor.IsAdmin) return db.Outbox.AsNoTracking();
        if (!actor.HasRole(Roles.Supervisor)) throw new DomainForbiddenException("The outbox is for administrators and supervisors.");
        var cases = (await VisibleCasesAsync(actor, ct)).Select(c => c.Id);
        return db.Outbox.AsNoTracking().Where(m => m.CaseId != null && cases.Contains(m.CaseId.Value));
    }

    // ── Paths ───────────────────────────────────────────────────────────────────────────────────────────

    private async Task<bool> SeesCaseAsync(Actor actor, Case @case, CancellationToken ct)
    {
        if (actor.IsAdmin) return true;
        await PathsAsync([@case.IntakeWindowId, @case.HomeDepartmentId], ct);
        if (actor.Covers(_paths[@case.IntakeWindowId]) || (@case.HomeDepartmentId is { } home && actor.Covers(_paths[home]))) return true;
        // 多地联办: a unit holding a task on the case is one of its parties (docs/architecture.md, README "Who may see and do what").
        var units = await VisibleUnitIdsAsync(actor, ct);
        return units is not null && await db.Tasks.AnyAsync(t => t.CaseId == @case.Id && units.Contains(t.OrgUnitId), ct);
    }

    private async Task PathsAsync(long?[] unitIds, CancellationToken ct)
    {
        var missing = unitIds.OfType<long>().Where(id => !_paths.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0) return;
        foreach (var unit in await db.OrgUnits.AsNoTracking().Where(o => missing.Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToListAsync(ct))
            _paths[unit.Id] = unit.Path;
    }
}
