using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>One case counted at an instant: its decision (with its stored figures), its receipt, or one of its events.</summary>
public sealed class CountedRow
{
    public CountedKind Kind { get; init; }
    public DateTime AtUtc { get; init; }
    public string ItemCode { get; init; } = "";
    public string ItemName { get; init; } = "";
    public long? DepartmentId { get; init; }
    public long WindowId { get; init; }
    public bool Accepted { get; init; }
    public double? Cut { get; init; }
    public int Committed { get; init; }
    public int Statutory { get; init; }
    public int Immediate { get; init; }
    public int Online { get; init; }
    public int Trips { get; init; }
    public int Supplemented { get; init; }
}

/// <summary>
/// The rates' counts summed by the database (docs/decisions.md, decision 33): every decision with stored figures, receipt,
/// deemed acceptance, extension and clock stop of the period as one <see cref="CountedRow"/>, grouped by the report's dimension
/// and summed; only the groups come back, never a row per case. Cases decided before figures were stored are judged one by
/// one (<see cref="UnrecordedDecisions"/>) and added in.
/// </summary>
public sealed class RateCounts(CaseFlowDbContext db, WorkCalendarProvider calendars)
{
    /// <summary>The timeline entries the rates count.</summary>
    public static readonly string[] EventKinds = [CaseEventKinds.DeemedAccepted, CaseEventKinds.Extended];

    public async Task<Dictionary<RateGroup, RateTally>> CountAsync(IQueryable<Case> cases, DateTime from, DateTime to, RateSeries by, CancellationToken ct)
    {
        var calendar = calendars.Current;
        var rows = Rows(cases, from, to);
        // Days are cut at the zone's offset at the period's start: Beijing time has had no daylight saving since 1991.
        var hours = calendar.Hours.Zone.GetUtcOffset(from).TotalHours;
        var groups = by switch
        {
            RateSeries.Item => await Sum(rows, r => new { r.Kind, r.Accepted, r.Cut, r.ItemCode, r.ItemName }, k => (new RateGroup(k.ItemCode, k.ItemName), k.Kind, k.Accepted, k.Cut), ct),
            RateSeries.Department => await Sum(rows, r => new { r.Kind, r.Accepted, r.Cut, r.DepartmentId }, k => (new RateGroup(Unit: k.DepartmentId), k.Kind, k.Accepted, k.Cut), ct),
            RateSeries.HandlingUnit => await Sum(rows, r => new { r.Kind, r.Accepted, r.Cut, Unit = r.DepartmentId ?? r.WindowId }, k => (new RateGroup(Unit: k.Unit), k.Kind, k.Accepted, k.Cut), ct),
            RateSeries.Key => await Sum(rows, r => new { r.Kind, r.Accepted, r.Cut, r.ItemCode, r.ItemName, r.DepartmentId, r.WindowId },
                k => (new RateGroup(k.ItemCode, k.ItemName, k.DepartmentId, Window: k.WindowId), k.Kind, k.Accepted, k.Cut), ct),
            _ => await Sum(rows, r => new { r.Kind, r.Accepted, r.Cut, Day = DateOnly.FromDateTime(r.AtUtc.AddHours(hours)) }, k => (new RateGroup(Day: k.Day), k.Kind, k.Accepted, k.Cut), ct),
        };
        var tallies = new Dictionary<RateGroup, RateTally>();
        foreach (var (group, kind, accepted, cut, sums) in groups)
        {
            if (!tallies.TryGetValue(group, out var tally)) tallies[group] = tally = new RateTally();
            if (kind == CountedKind.Decided) tally.AddDecided(sums.Count, accepted, cut, sums.Committed, sums.Statutory, sums.Immediate, sums.Online, sums.Trips, sums.Supplemented);
            else tally.AddEvent(kind, sums.Count);
        }
        var math = new RateMath(calendar);
        foreach (var f in await UnrecordedDecisions.ListAsync(db, calendar, cases, from, to, ct))
        {
            var group = RateGroup.Of(by, f.Key.ItemCode, f.Key.ItemName, f.Key.DepartmentId, f.Key.WindowId, calendar.LocalDate(f.DecidedAtUtc));
            if (!tallies.TryGetValue(group, out var tally)) tallies[group] = tally = new RateTally();
            tally.AddDecided(1, f.Accepted, math.TimeCut(f), f.CommittedOnTime == true ? 1 : 0, f.StatutoryOnTime == true ? 1 : 0,
                f.Immediate ? 1 : 0, f.FullyOnline ? 1 : 0, f.Trips, f.SupplementRounds >= 1 ? 1 : 0);
        }
        return tallies;
    }

    private sealed class Sums
    {
        public int Count { get; init; }
        public int Committed { get; init; }
        public int Statutory { get; init; }
        public int Immediate { get; init; }
        public int Online { get; init; }
        public int Trips { get; init; }
        public int Supplemented { get; init; }
    }

    private sealed class Summed<TKey>
    {
        public TKey Key { get; init; } = default!;
        public Sums Sums { get; init; } = null!;
    }

    // TKey: an anonymous type of the dimension's parts with Kind, Accepted and Cut, which parts takes apart again.
    private static async Task<List<(RateGroup, CountedKind, bool, double?, Sums)>> Sum<TKey>(IQueryable<CountedRow> rows,
        System.Linq.Expressions.Expression<Func<CountedRow, TKey>> key, Func<TKey, (RateGroup, CountedKind, bool, double?)> parts, CancellationToken ct)
    {
        var summed = await rows.GroupBy(key).Select(g => new Summed<TKey>
        {
            Key = g.Key,
            Sums = new Sums
            {
                Count = g.Count(), Committed = g.Sum(r => r.Committed), Statutory = g.Sum(r => r.Statutory), Immediate = g.Sum(r => r.Immediate),
                Online = g.Sum(r => r.Online), Trips = g.Sum(r => r.Trips), Supplemented = g.Sum(r => r.Supplemented),
            },
        }).ToListAsync(ct);
        return summed.Select(s =>
        {
            var (group, kind, accepted, cut) = parts(s.Key);
            return (group, kind, accepted, cut, s.Sums);
        }).ToList();
    }

    private IQueryable<CountedRow> Rows(IQueryable<Case> cases, DateTime from, DateTime to)
    {
        var decided = cases.Where(c => c.DecidedAtUtc >= from && c.DecidedAtUtc < to && c.FiguresRecorded).Select(c => new CountedRow
        {
            Kind = CountedKind.Decided, AtUtc = c.DecidedAtUtc!.Value, ItemCode = c.ImplementationCode, ItemName = c.ItemName,
            DepartmentId = c.HomeDepartmentId, WindowId = c.IntakeWindowId, Accepted = c.AcceptedAtUtc != null, Cut = c.TimeCut,
            Committed = c.CommittedOnTime == true ? 1 : 0, Statutory = c.StatutoryOnTime == true ? 1 : 0,
            Immediate = c.ServiceItem!.CaseType == CaseType.Immediate ? 1 : 0,
            Online = c.HandlingMode == HandlingMode.FullyOnline || c.Channel == Channel.Online ? 1 : 0,
            Trips = c.Trips, Supplemented = c.SupplementRounds >= 1 ? 1 : 0,
        });
        var received = cases.Where(c => c.ReceivedAtUtc >= from && c.ReceivedAtUtc < to).Select(c => new CountedRow
        {
            Kind = CountedKind.Received, AtUtc = c.ReceivedAtUtc, ItemCode = c.ImplementationCode, ItemName = c.ItemName,
            DepartmentId = c.HomeDepartmentId, WindowId = c.IntakeWindowId, Accepted = false, Cut = null,
            Committed = 0, Statutory = 0, Immediate = 0, Online = 0, Trips = 0, Supplemented = 0,
        });
        // Deemed acceptances and extensions are dated by their timeline entries (Deadlines/StepClocks.cs, CaseTimekeeper.cs).
        var events = db.CaseEvents.Where(e => EventKinds.Contains(e.Kind) && e.AtUtc >= from && e.AtUtc < to)
            .Join(cases, e => e.CaseId, c => c.Id, (e, c) => new CountedRow
            {
                Kind = e.Kind == CaseEventKinds.Extended ? CountedKind.Extended : CountedKind.DeemedAccepted, AtUtc = e.AtUtc, ItemCode = c.ImplementationCode, ItemName = c.ItemName,
                DepartmentId = c.HomeDepartmentId, WindowId = c.IntakeWindowId, Accepted = false, Cut = null,
                Committed = 0, Statutory = 0, Immediate = 0, Online = 0, Trips = 0, Supplemented = 0,
            });
        var stops = db.ExcludedPeriods.Where(p => p.StartedAtUtc >= from && p.StartedAtUtc < to)
            .Join(cases, p => p.CaseId, c => c.Id, (p, c) => new CountedRow
            {
                Kind = CountedKind.ClockStopped, AtUtc = p.StartedAtUtc, ItemCode = c.ImplementationCode, ItemName = c.ItemName,
                DepartmentId = c.HomeDepartmentId, WindowId = c.IntakeWindowId, Accepted = false, Cut = null,
                Committed = 0, Statutory = 0, Immediate = 0, Online = 0, Trips = 0, Supplemented = 0,
            });
        return decided.Concat(received).Concat(events).Concat(stops);
    }
}

/// <summary>
/// What a rate report groups by in the database; regions are the parents of the handling units, found afterwards. Key: item,
/// department and window, what a day's summary stores (<see cref="RateDays"/>).
/// </summary>
public enum RateSeries { Item, Department, HandlingUnit, Day, Key }
