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
/// step. Past days come from their summaries, the others are counted from the tasks (<see cref="StepCounts"/>; docs/decisions.md,
/// decisions 33 and 34).
/// </summary>
public sealed class Timeliness(CaseFlowDbContext db, ReportScope scope, RateDays days)
{
    public async Task<(IReadOnlyList<TimelinessRow> Rows, ResolvedFilter Filter)> RowsAsync(Actor actor, ReportFilter filter, TimelinessBy by, ScoreWeights weights, CancellationToken ct)
    {
        var (cases, units, summaries, resolved) = await scope.TimedAsync(actor, filter, ct);
        var counts = new Dictionary<long, StepTally>();
        foreach (var (key, tally) in await days.CountStepsAsync(cases, units, summaries, resolved.From, resolved.To, ct))
        {
            if ((by == TimelinessBy.Department ? key.Unit : key.Person) is not { } k) continue;
            if (!counts.TryGetValue(k, out var sum)) counts[k] = sum = new StepTally();
            sum.Add(tally);
        }
        var keys = counts.Keys.ToList();
        // One JSON parameter for the keys (EF.Parameter), not one SQL parameter each: a province's people over a year can
        // outnumber what SQLite takes.
        var names = by == TimelinessBy.Department
            ? await db.OrgUnits.AsNoTracking().Where(o => EF.Parameter(keys).Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Code, o.Name), ct)
            : await db.Users.AsNoTracking().Where(u => EF.Parameter(keys).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (Code: u.UserName, Name: u.DisplayName), ct);
        var rows = counts.Select(entry =>
        {
            var (key, c) = (entry.Key, entry.Value);
            double? onTimeShare = c.WithLimit == 0 ? null : (double)c.OnTime / c.WithLimit;
            double? meanUsed = c.UsedCount == 0 ? null : c.UsedSum / c.UsedCount;
            var (code, name) = names.GetValueOrDefault(key, (key.ToString(), key.ToString()));
            return new TimelinessRow(code, name, c.Done, c.WithLimit, c.OnTime, c.WithLimit - c.OnTime, Round(onTimeShare), Round(meanUsed), c.Orders,
                weights.Score(onTimeShare, meanUsed, c.Orders));
        }).OrderByDescending(r => r.Score).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return (rows, resolved);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;
}
