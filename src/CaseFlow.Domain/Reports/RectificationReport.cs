using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Ratings;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// One overdue step of a rectification (差评整改): the rated case, the step, who holds it, where, its deadline, how many working
/// days over (of the case's home region) and the card (黄牌; 红牌 once its supervision order's deadline passed too).
/// </summary>
public sealed record RectificationOverdueRow(long RectificationId, long CaseId, string CaseNo, string ItemCode, string ItemName, string Step,
    string StepType, string? Assignee, string? Department, DateTime DeadlineUtc, DateOnly DeadlineDate, int WorkingDaysOver, SupervisionCard Card);

public sealed record RectificationOverdueList(int Total, IReadOnlyList<RectificationOverdueRow> Items);

/// <summary>How many counted poor ratings had each step done within its limit.</summary>
public sealed record RectificationShares(int VerifiedInTime, int RectifiedInTime, int FollowedUpInTime);

/// <summary>
/// The rectification figures (README "好差评"): the live list of overdue steps, scoped like every report through
/// <see cref="ReportScope"/> (a period, when given, keeps the rectifications started in it), and the within-limit counts of the
/// ratings report.
/// </summary>
public sealed class RectificationReport(CaseFlowDbContext db, ReportScope scope)
{
    public async Task<(RectificationOverdueList List, ResolvedFilter Filter)> OverdueAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var (cases, resolved) = await scope.CasesAsync(actor, filter, ct);
        var rectifications = db.Rectifications.AsNoTracking().Where(r => r.EndedAtUtc == null && cases.Any(c => c.Id == r.CaseId));
        if (filter.From is not null || filter.To is not null)
            rectifications = rectifications.Where(r => r.StartedAtUtc >= resolved.FromUtc && r.StartedAtUtc < resolved.ToUtc);
        var now = scope.Now;
        var late = from t in db.Tasks.AsNoTracking()
                   join r in rectifications on t.InstanceId equals r.InstanceId
                   where (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed) && t.ActivityType != CaseTask.SupervisionOrderType
                       && t.DueAtUtc != null && t.DueAtUtc < now
                   select new { Task = t, RectificationId = r.Id };
        var raw = await late.OrderBy(x => x.Task.DueAtUtc).ThenBy(x => x.Task.Id).Take(LiveLists.MaxRows).Select(x => new
        {
            x.RectificationId, x.Task.CaseId, x.Task.Case!.CaseNo, x.Task.Case.ImplementationCode, x.Task.Case.ItemName, x.Task.Case.HomeRegionCode,
            x.Task.Title, x.Task.ActivityType, Due = x.Task.DueAtUtc!.Value,
            Assignee = db.Users.Where(u => u.Id == x.Task.AssigneeUserId).Select(u => u.DisplayName).FirstOrDefault() ?? x.Task.Role,
            Department = db.OrgUnits.Where(o => o.Id == x.Task.OrgUnitId).Select(o => o.Name).FirstOrDefault(),
            RedCard = db.Tasks.Any(o => o.SupervisesTaskId == x.Task.Id && (o.Status == CaseTaskStatus.Open || o.Status == CaseTaskStatus.Claimed)
                && o.DueAtUtc != null && o.DueAtUtc < now),
        }).ToListAsync(ct);
        var calendar = scope.Calendar;
        var today = calendar.LocalDate(now);
        var rows = raw.Select(x =>
        {
            var dueDay = calendar.LocalDate(x.Due.AddTicks(-1));
            var over = today <= dueDay ? 0 : calendar.WorkingDaysBetween(dueDay, today, x.HomeRegionCode);
            return new RectificationOverdueRow(x.RectificationId, x.CaseId, x.CaseNo, x.ImplementationCode, x.ItemName, x.Title, x.ActivityType,
                x.Assignee, x.Department, x.Due, dueDay, over, x.RedCard ? SupervisionCard.Red : SupervisionCard.Yellow);
        }).ToList();
        return (new RectificationOverdueList(await late.CountAsync(ct), rows), resolved);
    }

    /// <summary>Of the counted poor ratings given (the ratings report's set), how many had each step done within its limit.</summary>
    public async Task<RectificationShares> SharesAsync(IQueryable<Rating> poorCounted, CancellationToken ct)
    {
        var ids = poorCounted.Select(r => r.Id);
        var steps = await db.Rectifications.AsNoTracking().Where(r => ids.Contains(r.RatingId))
            .Select(r => new { r.VerifiedAtUtc, r.VerifyDueAtUtc, r.RectifiedAtUtc, r.RectifyDueAtUtc, r.FollowedUpAtUtc, r.FollowUpDueAtUtc })
            .ToListAsync(ct);
        static bool InTime(DateTime? done, DateTime? due) => done is { } d && (due is not { } limit || d <= limit);
        return new RectificationShares(steps.Count(s => InTime(s.VerifiedAtUtc, s.VerifyDueAtUtc)), steps.Count(s => InTime(s.RectifiedAtUtc, s.RectifyDueAtUtc)),
            steps.Count(s => InTime(s.FollowedUpAtUtc, s.FollowUpDueAtUtc)));
    }
}
