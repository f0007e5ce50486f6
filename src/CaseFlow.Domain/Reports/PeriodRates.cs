using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// The rates over a period, their daily series and their breakdowns. The database filters, groups and sums (scope, period,
/// the figures stored at each decision, receipts and events: <see cref="RateCounts"/>); cases decided before figures were
/// stored are read one by one and judged here, on the work calendar (README "Reports (效能监管)", docs/decisions.md, decision 33).
/// </summary>
public sealed class PeriodRates(CaseFlowDbContext db, ReportScope scope, RateCounts counts)
{
    public async Task<(RateReport Report, ResolvedFilter Filter)> TotalsAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var (byItem, resolved) = await TalliesAsync(actor, filter, RateSeries.Item, ct);
        var totals = new RateTally();
        foreach (var tally in byItem.Values) totals.Add(tally);
        return (new RateReport(RateMath.Figures(totals), RateMath.TimeCutByItem(byItem)), resolved);
    }

    /// <summary>One point per day of the period (Beijing date of the decision or event), days without anything included.</summary>
    public async Task<(IReadOnlyList<RatePoint> Points, ResolvedFilter Filter)> DailyAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var (byDay, resolved) = await TalliesAsync(actor, filter, RateSeries.Day, ct);
        var points = new List<RatePoint>();
        for (var day = resolved.From; day <= resolved.To; day = day.AddDays(1))
            points.Add(new RatePoint(day.ToString("yyyy-MM-dd"), day.ToString("M月d日"), RateMath.Figures(byDay.GetValueOrDefault(new RateGroup(Day: day)) ?? new RateTally())));
        return (points, resolved);
    }

    /// <summary>One bar per department, item or region that has anything in the period, largest first.</summary>
    public async Task<(IReadOnlyList<RatePoint> Points, ResolvedFilter Filter)> BreakdownAsync(Actor actor, ReportFilter filter, RateDimension by, CancellationToken ct)
    {
        var series = by switch { RateDimension.Item => RateSeries.Item, RateDimension.Department => RateSeries.Department, _ => RateSeries.HandlingUnit };
        var (tallies, resolved) = await TalliesAsync(actor, filter, series, ct);
        var unitIds = tallies.Keys.Select(g => g.Unit).OfType<long>().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(o => unitIds.Contains(o.Id)).Select(o => new { o.Id, o.Code, o.Name, o.ParentId }).ToDictionaryAsync(o => o.Id, ct);
        var parentIds = units.Values.Select(u => u.ParentId).OfType<long>().Distinct().ToList();
        var parents = await db.OrgUnits.AsNoTracking().Where(o => parentIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Code, o.Name), ct);
        (string Key, string Label) Bar(RateGroup group) => by switch
        {
            RateDimension.Item => (group.Code!, group.Name!),
            RateDimension.Department => group.Unit is { } d && units.TryGetValue(d, out var dept) ? (dept.Code, dept.Name) : ("", "（无属地部门）"),
            _ => group.Unit is { } u && units.GetValueOrDefault(u)?.ParentId is { } p && parents.TryGetValue(p, out var region) ? (region.Code, region.Name) : ("", "（未知区域）"),
        };
        var bars = new Dictionary<(string Key, string Label), RateTally>();
        foreach (var (group, tally) in tallies)
        {
            var bar = Bar(group);
            if (!bars.TryGetValue(bar, out var sum)) bars[bar] = sum = new RateTally();
            sum.Add(tally);
        }
        var points = bars.Select(b => new RatePoint(b.Key.Key, b.Key.Label, RateMath.Figures(b.Value)))
            .OrderByDescending(p => p.Figures.Finished).ThenByDescending(p => p.Figures.Received).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        return (points, resolved);
    }

    private async Task<(Dictionary<RateGroup, RateTally> Tallies, ResolvedFilter Filter)> TalliesAsync(Actor actor, ReportFilter filter, RateSeries series, CancellationToken ct)
    {
        var (cases, resolved) = await scope.CasesAsync(actor, filter, ct);
        var calendar = scope.Calendar;
        // Days are cut at the zone's offset at the period's start: Beijing time has had no daylight saving since 1991.
        var tallies = await counts.CountAsync(cases, resolved.FromUtc, resolved.ToUtc, series, calendar.Hours.Zone.GetUtcOffset(resolved.FromUtc), ct);
        var math = new RateMath(calendar);
        foreach (var f in await DecidedBeforeFiguresAsync(cases, resolved.FromUtc, resolved.ToUtc, ct))
        {
            var group = series switch
            {
                RateSeries.Item => new RateGroup(f.Key.ItemCode, f.Key.ItemName),
                RateSeries.Department => new RateGroup(Unit: f.Key.DepartmentId),
                RateSeries.HandlingUnit => new RateGroup(Unit: f.Key.DepartmentId ?? f.Key.WindowId),
                _ => new RateGroup(Day: calendar.LocalDate(f.DecidedAtUtc)),
            };
            if (!tallies.TryGetValue(group, out var tally)) tallies[group] = tally = new RateTally();
            tally.AddDecided(1, f.Accepted, math.TimeCut(f), f.CommittedOnTime == true ? 1 : 0, f.StatutoryOnTime == true ? 1 : 0,
                f.Immediate ? 1 : 0, f.FullyOnline ? 1 : 0, f.Trips, f.SupplementRounds >= 1 ? 1 : 0);
        }
        return (tallies, resolved);
    }

    /// <summary>The cases decided in the period before their figures were stored, each with its clocks as the rates need them.</summary>
    private async Task<List<FinishedCase>> DecidedBeforeFiguresAsync(IQueryable<Case> cases, DateTime from, DateTime to, CancellationToken ct)
    {
        var decided = cases.Where(c => c.DecidedAtUtc >= from && c.DecidedAtUtc < to && !c.FiguresRecorded);
        // Each decided case with its committed and statutory clocks in one query (two index searches per case); a case whose
        // clock was started again has one row per clock, and the last started (highest id) counts.
        var joined = await (
            from c in decided
            from k in db.Clocks.Where(k => k.CaseId == c.Id && k.Kind == ClockKind.Committed).DefaultIfEmpty()
            from s in db.Clocks.Where(s => s.CaseId == c.Id && s.Kind == ClockKind.Statutory).DefaultIfEmpty()
            select new
            {
                c.Id, c.ImplementationCode, c.ItemName, c.HomeDepartmentId, c.IntakeWindowId, c.HomeRegionCode, c.DecidedAtUtc, Accepted = c.AcceptedAtUtc != null,
                Immediate = c.ServiceItem!.CaseType == CaseType.Immediate, FullyOnline = c.HandlingMode == HandlingMode.FullyOnline || c.Channel == Channel.Online, c.Trips, c.SupplementRounds,
                CommittedId = (long?)k!.Id, CommittedOnTime = (bool?)k.OnTime,
                StatutoryId = (long?)s!.Id, StatutoryOnTime = (bool?)s.OnTime, StatutoryStart = (DateTime?)s.StartedAtUtc, StatutoryStop = s.StoppedAtUtc,
                StatutoryValue = (int?)s.Limit.Value, StatutoryUnit = (LimitUnit?)s.Limit.Unit,
            }).ToListAsync(ct);
        if (joined.Count == 0) return [];
        var rows = joined.GroupBy(r => r.Id).Select(g => g.Count() == 1 ? g.First() : g.OrderByDescending(r => r.StatutoryId).ThenByDescending(r => r.CommittedId).First()).ToList();
        var committedOnTime = joined.Where(r => r.CommittedId is not null).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.MaxBy(r => r.CommittedId)!.CommittedOnTime);
        var decidedIds = decided.Select(c => c.Id);
        var excluded = (await db.ExcludedPeriods.AsNoTracking().Where(p => decidedIds.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.StartedAtUtc, p.EndedAtUtc }).ToListAsync(ct)).ToLookup(p => p.CaseId);
        var calendar = scope.Calendar;
        return rows.Select(r =>
        {
            var hasStatutory = r.StatutoryId is not null;
            var stop = r.StatutoryStop ?? r.DecidedAtUtc!.Value;
            return new FinishedCase(r.Id, new CaseKey(r.ImplementationCode, r.ItemName, r.HomeDepartmentId, r.IntakeWindowId), r.DecidedAtUtc!.Value,
                r.Accepted, r.Immediate, r.FullyOnline, r.Trips, r.SupplementRounds)
            {
                CommittedOnTime = committedOnTime.GetValueOrDefault(r.Id), StatutoryOnTime = r.StatutoryOnTime, StatutoryStartUtc = r.StatutoryStart, StatutoryStopUtc = stop,
                StatutoryLimit = hasStatutory ? new TimeLimit { Value = r.StatutoryValue!.Value, Unit = r.StatutoryUnit!.Value } : null, Region = r.HomeRegionCode,
                ExcludedWorkingDays = hasStatutory ? excluded[r.Id].Sum(p => RateMath.Span(calendar, r.StatutoryUnit!.Value, p.StartedAtUtc, p.EndedAtUtc ?? stop, r.HomeRegionCode)) : 0,
            };
        }).ToList();
    }
}
