using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// The rates over a period, their daily series and their breakdowns: the past days' summaries added up, the other days
/// counted by the database from the figures stored at each decision, the receipts and the events (<see cref="RateDays"/>,
/// <see cref="RateCounts"/>; README "Reports (效能监管)", docs/decisions.md, decisions 33 and 34).
/// </summary>
public sealed class PeriodRates(CaseFlowDbContext db, ReportScope scope, RateDays days)
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
        var (cases, summaries, resolved) = await scope.RatedAsync(actor, filter, ct);
        return (await days.CountAsync(cases, summaries, resolved.From, resolved.To, series, ct), resolved);
    }
}
