using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Catalog;

namespace CaseFlow.Domain.Reports;

/// <summary>The arithmetic of the rates over a set of cases and events (definitions: README "Reports (效能监管)").</summary>
public sealed class RateMath(WorkCalendar calendar)
{
    public static RateFigures Figures(RateTally t)
    {
        var n = t.Finished;
        var cutCases = t.Cuts.Values.Sum();
        return new RateFigures(
            t.Received, n, t.NotAccepted,
            t.WithinCommitted, Share(t.WithinCommitted, n), t.WithinStatutory, Share(t.WithinStatutory, n),
            cutCases, cutCases == 0 ? null : Round(t.Cuts.Sum(c => c.Key * c.Value) / cutCases), Median(t.Cuts),
            t.Immediate, Share(t.Immediate, n), t.FullyOnline, Share(t.FullyOnline, n),
            t.Trips, Share(t.Trips, n), t.Supplemented, Share(t.Supplemented, n),
            t.DeemedAccepted, t.Extensions, t.ClockStops);
    }

    /// <summary>The time cut per item, from the tallies per item (<see cref="RateGroup.Code"/> and name).</summary>
    public static IReadOnlyList<ItemTimeCut> TimeCutByItem(IEnumerable<KeyValuePair<RateGroup, RateTally>> byItem) =>
        byItem.Where(g => g.Value.Cuts.Count > 0)
            .Select(g => (g.Key, Cases: g.Value.Cuts.Values.Sum(), g.Value.Cuts))
            .Select(g => new ItemTimeCut(g.Key.Code!, g.Key.Name!, g.Cases, Round(g.Cuts.Sum(c => c.Key * c.Value) / g.Cases), Median(g.Cuts)!.Value))
            .OrderBy(c => c.ItemCode, StringComparer.Ordinal).ToList();

    /// <summary>
    /// 时限压缩率 of one case: 1 − working time the statutory clock ran (start to decision, stops left out) ÷ the statutory
    /// limit in working days; null when the case has no statutory clock or its limit is 0 (即办 by law).
    /// </summary>
    public double? TimeCut(FinishedCase f) =>
        f.StatutoryLimit is { } limit && f.StatutoryStartUtc is { } start && f.StatutoryStopUtc is { } stop
            ? TimeCut(limit, start, stop, f.Region, f.ExcludedWorkingDays)
            : null;

    /// <summary>The time cut of a statutory clock that ran from start to stop, <paramref name="excludedWorkingDays"/> left out.</summary>
    public double? TimeCut(TimeLimit limit, DateTime start, DateTime stop, string? region, double excludedWorkingDays)
    {
        var allowed = limit.Unit switch
        {
            LimitUnit.WorkingDays => limit.Value,
            LimitUnit.WorkingHours => limit.Value,
            // 日 limits: the working days between the start and the deadline the limit gives.
            _ => calendar.WorkingDaysBetween(calendar.LocalDate(start), calendar.Compute(limit, start, region).DueDate!.Value, region),
        };
        if (allowed <= 0) return null;
        var used = Math.Max(0, Span(calendar, limit.Unit, start, stop, region) - excludedWorkingDays);
        return Round(1 - used / allowed);
    }

    /// <summary>Working days after the first day up to the last (hours for an hour limit), as the clocks count them.</summary>
    public static double Span(WorkCalendar calendar, LimitUnit unit, DateTime fromUtc, DateTime toUtc, string? region) =>
        unit == LimitUnit.WorkingHours
            ? calendar.WorkingTimeBetween(fromUtc, toUtc, region).TotalHours
            : calendar.WorkingDaysBetween(calendar.LocalDate(fromUtc), calendar.LocalDate(toUtc), region);

    private static double? Share(int part, int whole) => whole == 0 ? null : Round((double)part / whole);

    /// <summary>The median of a histogram (value → how many): the middle value, or the mean of the two middle ones.</summary>
    private static double? Median(Dictionary<double, int> histogram)
    {
        var total = histogram.Values.Sum();
        if (total == 0) return null;
        double? lower = null;
        var seen = 0;
        foreach (var (value, count) in histogram.OrderBy(h => h.Key))
        {
            // 0-based positions of the middle: (total − 1) / 2 and total / 2.
            if (lower is null && seen + count > (total - 1) / 2) lower = value;
            if (seen + count > total / 2) return Round((lower!.Value + value) / 2);
            seen += count;
        }
        throw new InvalidOperationException("unreachable: the histogram's counts add up to its total");
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
