using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// 时效考核's counts from the tasks of a span of time, per <see cref="StepKey"/>: the workflow steps completed in it (their
/// figures stored at the close summed by the database over <c>IX_Tasks_StepFigures</c>; steps closed before figures were
/// stored judged here, decision 33) and the supervision orders raised in it. A supervisor's count takes a step or order in a
/// supervised unit, or of a case received or decided there (docs/decisions.md, decision 34); admins' takes all.
/// </summary>
public sealed class StepCounts(CaseFlowDbContext db, WorkCalendarProvider calendars)
{
    // Member-initialised, not positional: EF composes further filters and groups over a member initialiser's members.
    private sealed class Joined
    {
        public CaseTask Step { get; init; } = null!;
        public string ItemCode { get; init; } = "";
        public long? Department { get; init; }
        public long Window { get; init; }
        public string? Region { get; init; }
    }

    public async Task<Dictionary<StepKey, StepTally>> CountAsync(IQueryable<Case> cases, HashSet<long>? units, DateTime from, DateTime to, CancellationToken ct)
    {
        var tallies = new Dictionary<StepKey, StepTally>();
        StepTally Of(StepKey key) => tallies.TryGetValue(key, out var t) ? t : tallies[key] = new StepTally();

        var done = Scoped(db.Tasks.AsNoTracking().Where(t => t.Status == CaseTaskStatus.Completed && t.ActivityType != CaseTask.SupervisionOrderType
            && t.ClosedAtUtc >= from && t.ClosedAtUtc < to), cases, units);
        foreach (var g in await done.Where(x => x.Step.FiguresRecorded)
                     .GroupBy(x => new { x.Step.OrgUnitId, x.Step.AssigneeUserId, x.ItemCode, x.Department, x.Window })
                     .Select(g => new
                     {
                         g.Key, Done = g.Count(), WithLimit = g.Count(x => x.Step.OnTime != null), OnTime = g.Count(x => x.Step.OnTime == true),
                         UsedCount = g.Count(x => x.Step.UsedShare != null), UsedSum = g.Sum(x => x.Step.UsedShare ?? 0),
                     }).ToListAsync(ct))
            Of(new StepKey(g.Key.OrgUnitId, g.Key.AssigneeUserId, g.Key.ItemCode, g.Key.Department, g.Key.Window))
                .Add(new StepTally { Done = g.Done, WithLimit = g.WithLimit, OnTime = g.OnTime, UsedCount = g.UsedCount, UsedSum = g.UsedSum });

        var calendar = calendars.Current;
        foreach (var s in await ClosedBeforeFiguresAsync(done.Where(x => !x.Step.FiguresRecorded), ct))
        {
            var figures = StepFigures.Judge(calendar, s.CreatedAtUtc, s.ClosedAtUtc, s.Due, s.Region);
            var t = Of(new StepKey(s.OrgUnitId, s.AssigneeUserId, s.ItemCode, s.Department, s.Window));
            t.Done++;
            if (figures.OnTime is { } onTime) (t.WithLimit, t.OnTime) = (t.WithLimit + 1, t.OnTime + (onTime ? 1 : 0));
            if (figures.UsedShare is { } used) (t.UsedCount, t.UsedSum) = (t.UsedCount + 1, t.UsedSum + used);
        }

        // An order counts for the unit it went to and for the person holding the late step.
        var orders = Scoped(db.Tasks.AsNoTracking().Where(t => t.ActivityType == CaseTask.SupervisionOrderType && t.CreatedAtUtc >= from && t.CreatedAtUtc < to), cases, units);
        foreach (var o in await orders.Select(x => new
                 {
                     x.Step.OrgUnitId, Holder = db.Tasks.Where(s => s.Id == x.Step.SupervisesTaskId).Select(s => s.AssigneeUserId).FirstOrDefault(),
                     x.ItemCode, x.Department, x.Window,
                 }).ToListAsync(ct))
            Of(new StepKey(o.OrgUnitId, o.Holder, o.ItemCode, o.Department, o.Window)).Orders++;
        return tallies;
    }

    private static IQueryable<Joined> Scoped(IQueryable<CaseTask> tasks, IQueryable<Case> cases, HashSet<long>? units)
    {
        var joined = tasks.Join(cases, t => t.CaseId, c => c.Id, (t, c) => new Joined
        {
            Step = t, ItemCode = c.ImplementationCode, Department = c.HomeDepartmentId, Window = c.IntakeWindowId, Region = c.HomeRegionCode,
        });
        return units is null ? joined
            : joined.Where(x => units.Contains(x.Step.OrgUnitId) || units.Contains(x.Window) || (x.Department != null && units.Contains(x.Department.Value)));
    }

    private sealed record Unrecorded(long OrgUnitId, long? AssigneeUserId, string ItemCode, long? Department, long Window, string? Region,
        DateTime CreatedAtUtc, DateTime ClosedAtUtc, DateTime? Due);

    /// <summary>Steps closed before their figures were stored, with the deadline each answers to (found in SQL beside each step).</summary>
    private Task<List<Unrecorded>> ClosedBeforeFiguresAsync(IQueryable<Joined> steps, CancellationToken ct)
    {
        var review = StepFigures.ReviewActivityTypes;
        var delivery = StepFigures.DeliveryActivityTypes;
        return steps.Select(x => new Unrecorded(x.Step.OrgUnitId, x.Step.AssigneeUserId, x.ItemCode, x.Department, x.Window, x.Region,
                x.Step.CreatedAtUtc, x.Step.ClosedAtUtc!.Value,
                x.Step.DueAtUtc ?? db.Clocks
                    .Where(k => k.CaseId == x.Step.CaseId && k.Kind == (review.Contains(x.Step.ActivityType) ? ClockKind.Review
                        : delivery.Contains(x.Step.ActivityType) ? ClockKind.Delivery : ClockKind.Committed))
                    // the one of its kind started last before the step, else the last one started (StepFigures.Deadline)
                    .OrderBy(k => k.StartedAtUtc <= x.Step.CreatedAtUtc ? 0 : 1).ThenByDescending(k => k.StartedAtUtc)
                    .Select(k => (DateTime?)k.DueAtUtc).FirstOrDefault()))
            .ToListAsync(ct);
    }
}
