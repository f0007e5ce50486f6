using System.Collections.Concurrent;
namespace CaseFlow.Domain.Calendar;

/// <summary>Local dates and office time (working-hour limits).</summary>
public sealed partial class WorkCalendar
{
    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(AsUtc(utc), Hours.Zone));

    /// <summary>The local midnight that starts <paramref name="day"/>, as UTC.</summary>
    public DateTime StartOfDayUtc(DateOnly day) => ToUtc(day, TimeOnly.MinValue);

    /// <summary>Walks office time forward; from outside office hours the count starts with the next office period.</summary>
    public DateTime AddWorkingTime(DateTime fromUtc, TimeSpan span, string? region = null)
    {
        if (span < TimeSpan.Zero) return SubtractWorkingTime(fromUtc, -span, region);
        var at = AsUtc(fromUtc);
        var left = span;
        if (left == TimeSpan.Zero) return at;
        for (var day = LocalDate(at); ; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day, region)) continue;
            foreach (var (start, end) in OfficePeriodsUtc(day))
            {
                if (end <= at) continue;
                var from = start > at ? start : at;
                // "<=" ends exactly at a period's end (17:30) rather than at the next morning's opening.
                if (left <= end - from) return from + left;
                left -= end - from;
            }
        }
    }

    /// <summary>Walks office time backward; the mirror of <see cref="AddWorkingTime"/>.</summary>
    public DateTime SubtractWorkingTime(DateTime fromUtc, TimeSpan span, string? region = null)
    {
        if (span < TimeSpan.Zero) return AddWorkingTime(fromUtc, -span, region);
        var at = AsUtc(fromUtc);
        var left = span;
        if (left == TimeSpan.Zero) return at;
        for (var day = LocalDate(at); ; day = day.AddDays(-1))
        {
            if (!IsWorkingDay(day, region)) continue;
            foreach (var (start, end) in Enumerable.Reverse(OfficePeriodsUtc(day)))
            {
                if (start >= at) continue;
                var to = end < at ? end : at;
                if (left <= to - start) return to - left;
                left -= to - start;
            }
        }
    }

    /// <summary>Office time within [from, to); zero when to ≤ from.</summary>
    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc, string? region = null)
    {
        var from = AsUtc(fromUtc);
        var to = AsUtc(toUtc);
        var total = TimeSpan.Zero;
        if (to <= from) return total;
        for (var day = LocalDate(from); day <= LocalDate(to); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day, region)) continue;
            foreach (var (start, end) in OfficePeriodsUtc(day))
            {
                var overlap = (end < to ? end : to) - (start > from ? start : from);
                if (overlap > TimeSpan.Zero) total += overlap;
            }
        }
        return total;
    }

    // Computed once per day and kept: 时效考核 counts office time for every step closed in the period (hundreds of thousands
    // in a month on a big database), and the time-zone conversion per day was most of its time. Never handed out to be changed.
    private readonly ConcurrentDictionary<DateOnly, (DateTime Start, DateTime End)[]> _officePeriods = new();

    private (DateTime Start, DateTime End)[] OfficePeriodsUtc(DateOnly day) =>
        _officePeriods.GetOrAdd(day, d => Hours.Periods.Select(p => (ToUtc(d, p.Start), ToUtc(d, p.End))).ToArray());

    private DateTime ToUtc(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        // A local time skipped by a daylight-saving jump does not exist; take the first one that does.
        while (Hours.Zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        return TimeZoneInfo.ConvertTimeToUtc(local, Hours.Zone);
    }

    // Values read back through EF (e.g. SQLite) arrive as Unspecified; every instant here is UTC by contract.
    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
