using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// The rates over a period, their daily series and their breakdowns. The database filters and joins (scope, period, clocks,
/// events); what needs the work calendar (working days used against the statutory limit) is counted here, over one narrow
/// row per case decided in the period (README "Reports (效能监管)").
/// </summary>
public sealed class PeriodRates(CaseFlowDbContext db, ReportScope scope)
{
    public async Task<(RateReport Report, ResolvedFilter Filter)> TotalsAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var (data, resolved) = await LoadAsync(actor, filter, ct);
        var math = new RateMath(scope.Calendar);
        return (new RateReport(math.Figures(data.Finished, data.Events), math.TimeCutByItem(data.Finished)), resolved);
    }

    /// <summary>One point per day of the period (Beijing date of the decision or event), days without anything included.</summary>
    public async Task<(IReadOnlyList<RatePoint> Points, ResolvedFilter Filter)> DailyAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var (data, resolved) = await LoadAsync(actor, filter, ct);
        var calendar = scope.Calendar;
        var math = new RateMath(calendar);
        var finished = data.Finished.ToLookup(f => calendar.LocalDate(f.DecidedAtUtc));
        var events = data.Events.ToLookup(e => calendar.LocalDate(e.AtUtc));
        var points = new List<RatePoint>();
        for (var day = resolved.From; day <= resolved.To; day = day.AddDays(1))
            points.Add(new RatePoint(day.ToString("yyyy-MM-dd"), day.ToString("M月d日"), math.Figures(finished[day].ToList(), events[day].ToList())));
        return (points, resolved);
    }

    /// <summary>One bar per department, item or region that has anything in the period, largest first.</summary>
    public async Task<(IReadOnlyList<RatePoint> Points, ResolvedFilter Filter)> BreakdownAsync(Actor actor, ReportFilter filter, RateDimension by, CancellationToken ct)
    {
        var (data, resolved) = await LoadAsync(actor, filter, ct);
        var math = new RateMath(scope.Calendar);
        var unitIds = data.Finished.Select(f => f.Key).Concat(data.Events.Select(e => e.Key)).SelectMany(k => new[] { k.DepartmentId, (long?)k.WindowId }).OfType<long>().Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(o => unitIds.Contains(o.Id)).Select(o => new { o.Id, o.Code, o.Name, o.ParentId }).ToDictionaryAsync(o => o.Id, ct);
        var parentIds = units.Values.Select(u => u.ParentId).OfType<long>().Distinct().ToList();
        var parents = await db.OrgUnits.AsNoTracking().Where(o => parentIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Code, o.Name), ct);
        (string Key, string Label) Group(CaseKey key)
        {
            switch (by)
            {
                case RateDimension.Item: return (key.ItemCode, key.ItemName);
                case RateDimension.Department:
                    return key.DepartmentId is { } d && units.TryGetValue(d, out var dept) ? (dept.Code, dept.Name) : ("", "（无属地部门）");
                default:
                    var handling = units.GetValueOrDefault(key.DepartmentId ?? key.WindowId);
                    return handling?.ParentId is { } p && parents.TryGetValue(p, out var region) ? (region.Code, region.Name) : ("", "（未知区域）");
            }
        }
        var finished = data.Finished.ToLookup(f => Group(f.Key));
        var events = data.Events.ToLookup(e => Group(e.Key));
        var points = finished.Select(g => g.Key).Union(events.Select(g => g.Key))
            .Select(k => new RatePoint(k.Key, k.Label, math.Figures(finished[k].ToList(), events[k].ToList())))
            .OrderByDescending(p => p.Figures.Finished).ThenByDescending(p => p.Figures.Received).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        return (points, resolved);
    }

    private sealed record RateData(List<FinishedCase> Finished, List<CountedEvent> Events);

    private async Task<(RateData Data, ResolvedFilter Filter)> LoadAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var (cases, resolved) = await scope.CasesAsync(actor, filter, ct);
        var (from, to) = (resolved.FromUtc, resolved.ToUtc);
        var decided = cases.Where(c => c.DecidedAtUtc >= from && c.DecidedAtUtc < to);
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
        var rows = joined.GroupBy(r => r.Id).Select(g => g.Count() == 1 ? g.First() : g.OrderByDescending(r => r.StatutoryId).ThenByDescending(r => r.CommittedId).First()).ToList();
        var committedOnTime = joined.Where(r => r.CommittedId is not null).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.MaxBy(r => r.CommittedId)!.CommittedOnTime);
        var decidedIds = decided.Select(c => c.Id);
        var excluded = (await db.ExcludedPeriods.AsNoTracking().Where(p => decidedIds.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.StartedAtUtc, p.EndedAtUtc }).ToListAsync(ct)).ToLookup(p => p.CaseId);
        var calendar = scope.Calendar;
        var finished = rows.Select(r =>
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

        var events = new List<CountedEvent>();
        events.AddRange((await cases.Where(c => c.ReceivedAtUtc >= from && c.ReceivedAtUtc < to)
            .Select(c => new { c.ReceivedAtUtc, c.ImplementationCode, c.ItemName, c.HomeDepartmentId, c.IntakeWindowId }).ToListAsync(ct))
            .Select(c => new CountedEvent(CountedKind.Received, c.ReceivedAtUtc, new CaseKey(c.ImplementationCode, c.ItemName, c.HomeDepartmentId, c.IntakeWindowId))));
        // Deemed acceptances and extensions are dated by their timeline entries (Deadlines/StepClocks.cs, CaseTimekeeper.cs).
        events.AddRange((await db.CaseEvents.AsNoTracking().Where(e => (e.Kind == "deemed-accepted" || e.Kind == "extended") && e.AtUtc >= from && e.AtUtc < to && cases.Any(c => c.Id == e.CaseId))
            .Select(e => new { e.Kind, e.AtUtc, e.Case!.ImplementationCode, e.Case.ItemName, e.Case.HomeDepartmentId, e.Case.IntakeWindowId }).ToListAsync(ct))
            .Select(e => new CountedEvent(e.Kind == "extended" ? CountedKind.Extended : CountedKind.DeemedAccepted, e.AtUtc,
                new CaseKey(e.ImplementationCode, e.ItemName, e.HomeDepartmentId, e.IntakeWindowId))));
        events.AddRange((await db.ExcludedPeriods.AsNoTracking().Where(p => p.StartedAtUtc >= from && p.StartedAtUtc < to && cases.Any(c => c.Id == p.CaseId))
            .Join(db.Cases, p => p.CaseId, c => c.Id, (p, c) => new { p.StartedAtUtc, c.ImplementationCode, c.ItemName, c.HomeDepartmentId, c.IntakeWindowId }).ToListAsync(ct))
            .Select(p => new CountedEvent(CountedKind.ClockStopped, p.StartedAtUtc, new CaseKey(p.ImplementationCode, p.ItemName, p.HomeDepartmentId, p.IntakeWindowId))));
        return (new RateData(finished, events), resolved);
    }
}
