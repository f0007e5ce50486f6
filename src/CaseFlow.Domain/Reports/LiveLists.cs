using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// The live lists (预警, 超期, 停滞, 督办): open cases as they stand now, read from the levels the timers keep on each case
/// (Deadlines/, Timers/Escalation.cs). A period, when given, keeps the cases received in it.
/// </summary>
public sealed class LiveLists(CaseFlowDbContext db, ReportScope scope)
{
    /// <summary>The most rows a list returns; <see cref="LiveList.Total"/> says how many matched.</summary>
    public const int MaxRows = 1000;

    public Task<(LiveList List, ResolvedFilter Filter)> NearDueAsync(Actor actor, ReportFilter filter, CancellationToken ct) =>
        CaseListAsync(actor, filter, c => c.Level == SlaLevel.Yellow, ct);

    public Task<(LiveList List, ResolvedFilter Filter)> OverdueAsync(Actor actor, ReportFilter filter, CancellationToken ct) =>
        CaseListAsync(actor, filter, c => c.Level == SlaLevel.Red, ct);

    public Task<(LiveList List, ResolvedFilter Filter)> StalledAsync(Actor actor, ReportFilter filter, CancellationToken ct) =>
        CaseListAsync(actor, filter, c => c.StalledSinceUtc != null, ct);

    /// <summary>Open supervision orders (督办单) on the cases in scope, the most urgent first.</summary>
    public async Task<(LiveList List, ResolvedFilter Filter)> SupervisionOrdersAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var (cases, resolved) = await ScopeAsync(actor, filter, ct);
        var orders = db.Tasks.AsNoTracking().Where(t => t.ActivityType == CaseTask.SupervisionOrderType
            && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed) && cases.Any(c => c.Id == t.CaseId));
        var now = scope.Now;
        var rows = await orders.OrderBy(t => t.DueAtUtc).ThenBy(t => t.Id).Take(MaxRows).Select(t => new RawRow(
            t.CaseId, t.Case!.CaseNo, t.Case.ImplementationCode, t.Case.ItemName, t.Case.Applicant.Phone, t.Case.HomeRegionCode, t.Case.StalledSinceUtc,
            t.Title, db.Users.Where(u => u.Id == t.AssigneeUserId).Select(u => u.DisplayName).FirstOrDefault() ?? t.Role,
            db.OrgUnits.Where(o => o.Id == t.OrgUnitId).Select(o => o.Name).FirstOrDefault(), t.DueAtUtc, t.DueAtUtc != null && t.DueAtUtc < now, true)).ToListAsync(ct);
        return (new LiveList(await orders.CountAsync(ct), rows.Select(Finish).ToList()), resolved);
    }

    private async Task<(LiveList List, ResolvedFilter Filter)> CaseListAsync(Actor actor, ReportFilter filter,
        System.Linq.Expressions.Expression<Func<Case, bool>> which, CancellationToken ct)
    {
        var (cases, resolved) = await ScopeAsync(actor, filter, ct);
        var open = cases.Where(c => c.Status != CaseStatus.Archived && c.Status != CaseStatus.Cancelled).Where(which);
        var now = scope.Now;
        // The deadline shown is the earliest running one (review before acceptance, else the committed one; cases without one
        // come last); the step is the
        // first open workflow task; a 红牌 needs an open supervision order whose own deadline has passed.
        var rows = await open.Select(c => new
        {
            Case = c,
            Deadline = db.Clocks.Where(k => k.CaseId == c.Id && k.StoppedAtUtc == null
                && (k.Kind == ClockKind.Review || k.Kind == ClockKind.Statutory || k.Kind == ClockKind.Committed)).OrderBy(k => k.DueAtUtc).Select(k => (DateTime?)k.DueAtUtc).FirstOrDefault(),
            Task = db.Tasks.Where(t => t.CaseId == c.Id && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed) && t.ActivityType != CaseTask.SupervisionOrderType)
                .OrderBy(t => t.Id).FirstOrDefault(),
        })
            .OrderBy(x => x.Deadline == null).ThenBy(x => x.Deadline).ThenBy(x => x.Case.Id).Take(MaxRows)
            .Select(x => new RawRow(x.Case.Id, x.Case.CaseNo, x.Case.ImplementationCode, x.Case.ItemName, x.Case.Applicant.Phone, x.Case.HomeRegionCode, x.Case.StalledSinceUtc,
                x.Task == null ? null : x.Task.Title,
                x.Task == null ? null : db.Users.Where(u => u.Id == x.Task.AssigneeUserId).Select(u => u.DisplayName).FirstOrDefault() ?? x.Task.Role,
                db.OrgUnits.Where(o => o.Id == (x.Task == null ? x.Case.HomeDepartmentId ?? x.Case.IntakeWindowId : x.Task.OrgUnitId)).Select(o => o.Name).FirstOrDefault(),
                x.Deadline,
                db.Tasks.Any(t => t.CaseId == x.Case.Id && t.ActivityType == CaseTask.SupervisionOrderType
                    && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed) && t.DueAtUtc != null && t.DueAtUtc < now),
                false))
            .ToListAsync(ct);
        return (new LiveList(await open.CountAsync(ct), rows.Select(Finish).ToList()), resolved);
    }

    private async Task<(IQueryable<Case> Cases, ResolvedFilter Filter)> ScopeAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var (cases, resolved) = await scope.CasesAsync(actor, filter, ct);
        if (filter.From is not null || filter.To is not null)
            cases = cases.Where(c => c.ReceivedAtUtc >= resolved.FromUtc && c.ReceivedAtUtc < resolved.ToUtc);
        return (cases, resolved);
    }

    /// <summary>Working days left or over, and the card: 预警 while the deadline is ahead, 黄牌 past it, 红牌 past a supervision order's deadline too.</summary>
    private LiveRow Finish(RawRow raw)
    {
        var calendar = scope.Calendar;
        var today = calendar.LocalDate(scope.Now);
        DateOnly? dueDay = raw.DeadlineUtc is { } due ? calendar.LocalDate(due.AddTicks(-1)) : null;
        var (left, over) = dueDay is not { } day ? (0, 0)
            : today <= day ? (calendar.WorkingDaysBetween(today, day, raw.Region), 0) : (0, calendar.WorkingDaysBetween(day, today, raw.Region));
        var passed = raw.DeadlineUtc is { } d && d <= scope.Now;
        var card = raw.RedCard ? SupervisionCard.Red : passed ? SupervisionCard.Yellow : raw.DeadlineUtc is null ? SupervisionCard.None : SupervisionCard.Warning;
        if (raw.IsOrder && !raw.RedCard) card = SupervisionCard.Yellow; // an order exists because the step went past its limit
        return new LiveRow(raw.CaseId, raw.CaseNo, raw.ItemCode, raw.ItemName, raw.Step, raw.Assignee, raw.Department, raw.DeadlineUtc, dueDay,
            left, over, card, Masking.Phone(raw.Phone), raw.StalledSinceUtc);
    }

    private sealed record RawRow(long CaseId, string CaseNo, string ItemCode, string ItemName, string Phone, string? Region, DateTime? StalledSinceUtc,
        string? Step, string? Assignee, string? Department, DateTime? DeadlineUtc, bool RedCard, bool IsOrder);
}
