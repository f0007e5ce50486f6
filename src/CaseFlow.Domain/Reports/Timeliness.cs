using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// 时效考核 per department and per person: the workflow tasks completed in the period on the cases in scope. A task answers to
/// its own step limit when its activity sets one, otherwise to the case clock of its phase (<see cref="StepFigures"/>). On time
/// = closed before that deadline (a day deadline ends with its day); used share = working time from creation to close ÷ working
/// time from creation to the deadline. Supervision orders count for the unit they went to and for the person holding the late
/// step. The figures stored at each step's close are summed by the database; steps closed before they were stored are judged
/// here (docs/decisions.md, decision 33).
/// </summary>
public sealed class Timeliness(CaseFlowDbContext db, ReportScope scope)
{
    private sealed class Counts
    {
        public int Done, WithLimit, OnTime, UsedCount;
        public double UsedSum;
    }

    public async Task<(IReadOnlyList<TimelinessRow> Rows, ResolvedFilter Filter)> RowsAsync(Actor actor, ReportFilter filter, TimelinessBy by, ScoreWeights weights, CancellationToken ct)
    {
        var (cases, resolved) = await scope.CasesAsync(actor, filter, ct);
        var (from, to) = (resolved.FromUtc, resolved.ToUtc);
        var done = db.Tasks.AsNoTracking().Where(t => t.Status == CaseTaskStatus.Completed && t.ActivityType != CaseTask.SupervisionOrderType && t.ClosedAtUtc >= from && t.ClosedAtUtc < to);
        done = await scope.StepsAsync(actor, filter, cases, done, ct);

        var counts = new Dictionary<long, Counts>();
        Counts Of(long key) => counts.TryGetValue(key, out var c) ? c : counts[key] = new Counts();
        var recorded = done.Where(t => t.FiguresRecorded);
        var grouped = by == TimelinessBy.Department ? recorded.GroupBy(t => (long?)t.OrgUnitId) : recorded.GroupBy(t => t.AssigneeUserId);
        foreach (var g in await grouped.Select(g => new
                 {
                     g.Key, Done = g.Count(), WithLimit = g.Count(t => t.OnTime != null), OnTime = g.Count(t => t.OnTime == true),
                     UsedCount = g.Count(t => t.UsedShare != null), UsedSum = g.Sum(t => t.UsedShare ?? 0),
                 }).ToListAsync(ct))
        {
            if (g.Key is not { } key) continue;
            var c = Of(key);
            (c.Done, c.WithLimit, c.OnTime, c.UsedCount, c.UsedSum) = (c.Done + g.Done, c.WithLimit + g.WithLimit, c.OnTime + g.OnTime, c.UsedCount + g.UsedCount, c.UsedSum + g.UsedSum);
        }
        foreach (var (key, figures) in await ClosedBeforeFiguresAsync(done.Where(t => !t.FiguresRecorded), by, ct))
        {
            var c = Of(key);
            c.Done++;
            if (figures.OnTime is { } onTime) (c.WithLimit, c.OnTime) = (c.WithLimit + 1, c.OnTime + (onTime ? 1 : 0));
            if (figures.UsedShare is { } used) (c.UsedCount, c.UsedSum) = (c.UsedCount + 1, c.UsedSum + used);
        }

        var orders = await db.Tasks.AsNoTracking().Where(t => t.ActivityType == CaseTask.SupervisionOrderType && t.CreatedAtUtc >= from && t.CreatedAtUtc < to && cases.Any(c => c.Id == t.CaseId))
            .Select(t => new { t.OrgUnitId, Holder = db.Tasks.Where(s => s.Id == t.SupervisesTaskId).Select(s => s.AssigneeUserId).FirstOrDefault() }).ToListAsync(ct);
        var orderCounts = orders.Select(o => by == TimelinessBy.Department ? (long?)o.OrgUnitId : o.Holder).Where(k => k is not null).GroupBy(k => k!.Value).ToDictionary(g => g.Key, g => g.Count());

        var keys = counts.Keys.Union(orderCounts.Keys).ToList();
        // One JSON parameter for the keys (EF.Parameter), not one SQL parameter each: a province's people over a year can
        // outnumber what SQLite takes.
        var names = by == TimelinessBy.Department
            ? await db.OrgUnits.AsNoTracking().Where(o => EF.Parameter(keys).Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Code, o.Name), ct)
            : await db.Users.AsNoTracking().Where(u => EF.Parameter(keys).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (Code: u.UserName, Name: u.DisplayName), ct);
        var rows = keys.Select(key =>
        {
            var c = counts.GetValueOrDefault(key) ?? new Counts();
            double? onTimeShare = c.WithLimit == 0 ? null : (double)c.OnTime / c.WithLimit;
            double? meanUsed = c.UsedCount == 0 ? null : c.UsedSum / c.UsedCount;
            var received = orderCounts.GetValueOrDefault(key);
            var (code, name) = names.GetValueOrDefault(key, (key.ToString(), key.ToString()));
            return new TimelinessRow(code, name, c.Done, c.WithLimit, c.OnTime, c.WithLimit - c.OnTime, Round(onTimeShare), Round(meanUsed), received,
                weights.Score(onTimeShare, meanUsed, received));
        }).OrderByDescending(r => r.Score).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return (rows, resolved);
    }

    /// <summary>Steps closed before their figures were stored, judged now against their deadline (found in SQL beside each step).</summary>
    private async Task<List<(long Key, StepFigures Figures)>> ClosedBeforeFiguresAsync(IQueryable<CaseTask> steps, TimelinessBy by, CancellationToken ct)
    {
        var review = StepFigures.ReviewActivityTypes;
        var delivery = StepFigures.DeliveryActivityTypes;
        var rows = await steps.Select(t => new
            {
                t.OrgUnitId, t.AssigneeUserId, t.CreatedAtUtc, ClosedAtUtc = t.ClosedAtUtc!.Value, t.Case!.HomeRegionCode,
                Due = t.DueAtUtc ?? db.Clocks
                    .Where(k => k.CaseId == t.CaseId && k.Kind == (review.Contains(t.ActivityType) ? ClockKind.Review
                        : delivery.Contains(t.ActivityType) ? ClockKind.Delivery : ClockKind.Committed))
                    // the one of its kind started last before the step, else the last one started (StepFigures.Deadline)
                    .OrderBy(k => k.StartedAtUtc <= t.CreatedAtUtc ? 0 : 1).ThenByDescending(k => k.StartedAtUtc)
                    .Select(k => (DateTime?)k.DueAtUtc).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var calendar = scope.Calendar;
        return rows.Where(t => (by == TimelinessBy.Department ? t.OrgUnitId : t.AssigneeUserId) is not null)
            .Select(t => ((by == TimelinessBy.Department ? t.OrgUnitId : t.AssigneeUserId!.Value), StepFigures.Judge(calendar, t.CreatedAtUtc, t.ClosedAtUtc, t.Due, t.HomeRegionCode)))
            .ToList();
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;
}
