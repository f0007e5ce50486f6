using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Catalog;

namespace CaseFlow.Domain.Reports;

/// <summary>The arithmetic of the rates over a set of cases and events (definitions: README "Reports (效能监管)").</summary>
public sealed class RateMath(WorkCalendar calendar)
{
    public RateFigures Figures(IReadOnlyCollection<FinishedCase> decided, IReadOnlyCollection<CountedEvent> events)
    {
        var finished = decided.Where(f => f.Accepted).ToList();
        var n = finished.Count;
        var cuts = finished.Select(TimeCut).OfType<double>().ToList();
        var committed = finished.Count(f => f.CommittedOnTime == true);
        var statutory = finished.Count(f => f.StatutoryOnTime == true);
        var immediate = finished.Count(f => f.Immediate);
        var online = finished.Count(f => f.FullyOnline);
        var trips = finished.Sum(f => f.Trips);
        var supplemented = finished.Count(f => f.SupplementRounds >= 1);
        return new RateFigures(
            events.Count(e => e.Kind == CountedKind.Received), n, decided.Count - n,
            committed, Share(committed, n), statutory, Share(statutory, n),
            cuts.Count, cuts.Count == 0 ? null : Round(cuts.Average()), Median(cuts),
            immediate, Share(immediate, n), online, Share(online, n),
            trips, Share(trips, n), supplemented, Share(supplemented, n),
            events.Count(e => e.Kind == CountedKind.DeemedAccepted), events.Count(e => e.Kind == CountedKind.Extended), events.Count(e => e.Kind == CountedKind.ClockStopped));
    }

    public IReadOnlyList<ItemTimeCut> TimeCutByItem(IEnumerable<FinishedCase> decided) =>
        decided.Where(f => f.Accepted).Select(f => (f.Key, Cut: TimeCut(f))).Where(x => x.Cut is not null)
            .GroupBy(x => (x.Key.ItemCode, x.Key.ItemName))
            .Select(g => new ItemTimeCut(g.Key.ItemCode, g.Key.ItemName, g.Count(), Round(g.Average(x => x.Cut!.Value)), Median(g.Select(x => x.Cut!.Value).ToList())!.Value))
            .OrderBy(c => c.ItemCode, StringComparer.Ordinal).ToList();

    /// <summary>
    /// 时限压缩率 of one case: 1 − working time the statutory clock ran (start to decision, stops left out) ÷ the statutory
    /// limit in working days; null when the case has no statutory clock or its limit is 0 (即办 by law).
    /// </summary>
    public double? TimeCut(FinishedCase f)
    {
        if (f.StatutoryLimit is not { } limit || f.StatutoryStartUtc is not { } start || f.StatutoryStopUtc is not { } stop) return null;
        var allowed = limit.Unit switch
        {
            LimitUnit.WorkingDays => limit.Value,
            LimitUnit.WorkingHours => limit.Value,
            // 日 limits: the working days between the start and the deadline the limit gives.
            _ => calendar.WorkingDaysBetween(calendar.LocalDate(start), calendar.Compute(limit, start, f.Region).DueDate!.Value, f.Region),
        };
        if (allowed <= 0) return null;
        var used = Math.Max(0, Span(calendar, limit.Unit, start, stop, f.Region) - f.ExcludedWorkingDays);
        return Round(1 - used / allowed);
    }

    /// <summary>Working days after the first day up to the last (hours for an hour limit), as the clocks count them.</summary>
    public static double Span(WorkCalendar calendar, LimitUnit unit, DateTime fromUtc, DateTime toUtc, string? region) =>
        unit == LimitUnit.WorkingHours
            ? calendar.WorkingTimeBetween(fromUtc, toUtc, region).TotalHours
            : calendar.WorkingDaysBetween(calendar.LocalDate(fromUtc), calendar.LocalDate(toUtc), region);

    private static double? Share(int part, int whole) => whole == 0 ? null : Round((double)part / whole);

    private static double? Median(List<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return Round(sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
