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
        var doneInPeriod = db.Tasks.AsNoTracking().Where(t => t.Status == CaseTaskStatus.Completed && t.ActivityType != CaseTask.SupervisionOrderType
            && t.ClosedAtUtc >= from && t.ClosedAtUtc < to && cases.Any(c => c.Id == t.CaseId));
        var done = await doneInPeriod
            .Select(t => new { t.CaseId, t.OrgUnitId, t.AssigneeUserId, t.ActivityType, t.CreatedAtUtc, ClosedAtUtc = t.ClosedAtUtc!.Value, t.DueAtUtc, t.Case!.HomeRegionCode })
            .ToListAsync(ct);
        // The clocks of those tasks' cases by a subquery, not a list of ids: a month holds more cases than SQLite takes parameters.
        var caseIds = doneInPeriod.Select(t => t.CaseId).Distinct();
        var clocks = (await db.Clocks.AsNoTracking().Where(k => (k.Kind == ClockKind.Review || k.Kind == ClockKind.Delivery || k.Kind == ClockKind.Committed) && caseIds.Contains(k.CaseId))
            .Select(k => new { k.CaseId, k.Kind, k.StartedAtUtc, k.DueAtUtc }).ToListAsync(ct)).ToLookup(k => (k.CaseId, k.Kind));
        var orders = await db.Tasks.AsNoTracking().Where(t => t.ActivityType == CaseTask.SupervisionOrderType && t.CreatedAtUtc >= from && t.CreatedAtUtc < to && cases.Any(c => c.Id == t.CaseId))
            .Select(t => new { t.OrgUnitId, Holder = db.Tasks.Where(s => s.Id == t.SupervisesTaskId).Select(s => s.AssigneeUserId).FirstOrDefault() }).ToListAsync(ct);

        var calendar = scope.Calendar;
        var judged = done.Select(t =>
        {
            var kind = ReviewSteps.Contains(t.ActivityType) ? ClockKind.Review : DeliverySteps.Contains(t.ActivityType) ? ClockKind.Delivery : ClockKind.Committed;
            var phase = clocks[(t.CaseId, kind)].Where(k => k.StartedAtUtc <= t.CreatedAtUtc).MaxBy(k => k.StartedAtUtc) ?? clocks[(t.CaseId, kind)].MaxBy(k => k.StartedAtUtc);
            var due = t.DueAtUtc ?? phase?.DueAtUtc;
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
        var names = by == TimelinessBy.Department
            ? await db.OrgUnits.AsNoTracking().Where(o => keys.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Code, o.Name), ct)
            : await db.Users.AsNoTracking().Where(u => keys.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (Code: u.UserName, Name: u.DisplayName), ct);
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
