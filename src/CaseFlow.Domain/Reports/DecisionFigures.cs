using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// What the rates count of a decided case, final once its decision clocks stop: the committed and statutory outcomes and the
/// time cut. Stored on the case at the decision so a year's rates are sums in SQL (docs/decisions.md, decision 33); computed
/// by the same arithmetic as the rates of cases decided before (<see cref="RateMath.TimeCut"/>).
/// </summary>
public sealed record DecisionFigures(bool? CommittedOnTime, bool? StatutoryOnTime, double? TimeCut)
{
    /// <summary>The figures of a case from its clocks (the last started of each kind counts) and its excluded periods.</summary>
    public static DecisionFigures Of(WorkCalendar calendar, Case @case, IEnumerable<CaseClock> clocks, IEnumerable<ExcludedPeriod> excluded)
    {
        var all = clocks.ToList();
        var committed = Last(all, ClockKind.Committed);
        var statutory = Last(all, ClockKind.Statutory);
        var decided = @case.DecidedAtUtc ?? throw new InvalidOperationException($"办件 {@case.CaseNo} is not decided.");
        double? cut = null;
        if (statutory is not null)
        {
            var stop = statutory.StoppedAtUtc ?? decided;
            cut = CutOf(calendar, statutory.Limit, statutory.StartedAtUtc, stop, @case.HomeRegionCode,
                excluded.Select(p => (p.StartedAtUtc, p.EndedAtUtc ?? stop)));
        }
        return new DecisionFigures(committed?.OnTime, statutory?.OnTime, cut);
    }

    /// <summary>The time cut of a statutory clock that ran from start to stop with the given periods excluded.</summary>
    public static double? CutOf(WorkCalendar calendar, TimeLimit limit, DateTime startUtc, DateTime stopUtc, string? region, IEnumerable<(DateTime From, DateTime To)> excluded) =>
        new RateMath(calendar).TimeCut(limit, startUtc, stopUtc, region, excluded.Sum(p => RateMath.Span(calendar, limit.Unit, p.From, p.To, region)));

    // Clocks added in this unit of work have no id yet: they are the newest.
    private static CaseClock? Last(List<CaseClock> clocks, ClockKind kind) =>
        clocks.Where(c => c.Kind == kind).MaxBy(c => c.Id == 0 ? long.MaxValue : c.Id);
}

/// <summary>Records the decision's figures; registered after the handler that stops the decision clocks.</summary>
public sealed class RecordFiguresWhenDecided(CaseFlowDbContext db, ClockBook book) : DomainEventHandler<CaseDecided>
{
    protected override async Task HandleAsync(CaseDecided e, CancellationToken ct)
    {
        var @case = e.Case;
        var excluded = @case.Id == 0 ? [] : await db.ExcludedPeriods.Where(p => p.CaseId == @case.Id).ToListAsync(ct);
        excluded.AddRange(db.ExcludedPeriods.Local.Where(p => p.CaseId == @case.Id && !excluded.Contains(p)));
        @case.RecordFigures(DecisionFigures.Of(book.Calendar, @case, await book.ClocksAsync(@case, ct), excluded));
    }
}
