using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// Cases decided before figures were stored at the decision (docs/decisions.md, decision 33): read one by one with their
/// clocks and judged on the work calendar when a report or a day's summary counts them.
/// </summary>
public static class UnrecordedDecisions
{
    /// <summary>The cases decided in the period before their figures were stored, each with its clocks as the rates need them.</summary>
    public static async Task<List<FinishedCase>> ListAsync(CaseFlowDbContext db, WorkCalendar calendar, IQueryable<Case> cases, DateTime from, DateTime to, CancellationToken ct)
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
