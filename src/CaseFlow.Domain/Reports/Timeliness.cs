using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// 时效考核 per department and per person: the workflow tasks completed in the period on the cases in scope. A task answers to
/// its own step limit when its activity sets one, otherwise to the case clock of its phase: review and acceptance steps to the
/// 形式审查期限, delivery steps to the 送达期限, every other step to the committed deadline (as moved by stops). On time = closed
/// before that deadline (a day deadline ends with its day); used share = working time from creation to close ÷ working time
/// from creation to the deadline. Supervision orders count for the unit they went to and for the person holding the late step.
/// </summary>
public sealed class Timeliness(CaseFlowDbContext db, ReportScope scope)
{
    private static readonly string[] ReviewSteps = ["FormReview", "Accept"];
    private static readonly string[] DeliverySteps = ["LocalIssuance", "MailBack", "ServeDecision"];

    public async Task<(IReadOnlyList<TimelinessRow> Rows, ResolvedFilter Filter)> RowsAsync(Actor actor, ReportFilter filter, TimelinessBy by, ScoreWeights weights, CancellationToken ct)
    {
        var (cases, resolved) = await scope.CasesAsync(actor, filter, ct);
        var (from, to) = (resolved.FromUtc, resolved.ToUtc);
        // The phase clock a step without a limit of its own answers to, found in SQL beside each step (an index search on the
        // case's clocks) rather than loading every clock of every case: a month on a big database has ~150 000 steps.
        var done = await db.Tasks.AsNoTracking().Where(t => t.Status == CaseTaskStatus.Completed && t.ActivityType != CaseTask.SupervisionOrderType
                && t.ClosedAtUtc >= from && t.ClosedAtUtc < to && cases.Any(c => c.Id == t.CaseId))
            .Select(t => new
            {
                t.OrgUnitId, t.AssigneeUserId, t.CreatedAtUtc, ClosedAtUtc = t.ClosedAtUtc!.Value, t.Case!.HomeRegionCode,
                Due = t.DueAtUtc ?? db.Clocks
                    .Where(k => k.CaseId == t.CaseId && k.Kind == (ReviewSteps.Contains(t.ActivityType) ? ClockKind.Review
                        : DeliverySteps.Contains(t.ActivityType) ? ClockKind.Delivery : ClockKind.Committed))
                    // the one of its kind started last before the step, else the last one started
                    .OrderBy(k => k.StartedAtUtc <= t.CreatedAtUtc ? 0 : 1).ThenByDescending(k => k.StartedAtUtc)
                    .Select(k => (DateTime?)k.DueAtUtc).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var orders = await db.Tasks.AsNoTracking().Where(t => t.ActivityType == CaseTask.SupervisionOrderType && t.CreatedAtUtc >= from && t.CreatedAtUtc < to && cases.Any(c => c.Id == t.CaseId))
            .Select(t => new { t.OrgUnitId, Holder = db.Tasks.Where(s => s.Id == t.SupervisesTaskId).Select(s => s.AssigneeUserId).FirstOrDefault() }).ToListAsync(ct);

        var calendar = scope.Calendar;
        var judged = done.Select(t =>
        {
            var due = t.Due;
            double? used = null;
            if (due is { } d)
            {
                var limit = calendar.WorkingTimeBetween(t.CreatedAtUtc, d, t.HomeRegionCode).TotalHours;
                if (limit > 0) used = calendar.WorkingTimeBetween(t.CreatedAtUtc, t.ClosedAtUtc, t.HomeRegionCode).TotalHours / limit;
            }
            return new { Key = by == TimelinessBy.Department ? (long?)t.OrgUnitId : t.AssigneeUserId, Due = due, OnTime = due is { } x ? t.ClosedAtUtc < x : (bool?)null, Used = used };
        }).ToList();
        var orderCounts = orders.Select(o => by == TimelinessBy.Department ? (long?)o.OrgUnitId : o.Holder).Where(k => k is not null).GroupBy(k => k!.Value).ToDictionary(g => g.Key, g => g.Count());

        var keys = judged.Select(j => j.Key).OfType<long>().Union(orderCounts.Keys).ToList();
        // One JSON parameter for the keys (EF.Parameter), not one SQL parameter each: a province's people over a year can
        // outnumber what SQLite takes.
        var names = by == TimelinessBy.Department
            ? await db.OrgUnits.AsNoTracking().Where(o => EF.Parameter(keys).Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Code, o.Name), ct)
            : await db.Users.AsNoTracking().Where(u => EF.Parameter(keys).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (Code: u.UserName, Name: u.DisplayName), ct);
        var byKey = judged.Where(j => j.Key is not null).ToLookup(j => j.Key!.Value);
        var rows = keys.Select(key =>
        {
            var tasks = byKey[key].ToList();
            var withLimit = tasks.Count(j => j.OnTime is not null);
            var onTime = tasks.Count(j => j.OnTime == true);
            var usedShares = tasks.Select(j => j.Used).OfType<double>().ToList();
            double? onTimeShare = withLimit == 0 ? null : (double)onTime / withLimit;
            double? meanUsed = usedShares.Count == 0 ? null : usedShares.Average();
            var received = orderCounts.GetValueOrDefault(key);
            var (code, name) = names.GetValueOrDefault(key, (key.ToString(), key.ToString()));
            return new TimelinessRow(code, name, tasks.Count, withLimit, onTime, withLimit - onTime, Round(onTimeShare), Round(meanUsed), received,
                weights.Score(onTimeShare, meanUsed, received));
        }).OrderByDescending(r => r.Score).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return (rows, resolved);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;
}
