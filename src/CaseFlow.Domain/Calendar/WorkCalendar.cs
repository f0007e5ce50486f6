namespace CaseFlow.Domain.Calendar;

/// <summary>
/// Working days and office time (行政许可法 art. 82: limits count working days). Pure: no database, no clock.
/// A year without data for the asked region falls back to plain Mon–Fri; <see cref="MissingYears"/> and
/// <see cref="Deadline.OnFallback"/> tell callers so they can warn.
/// </summary>
public sealed partial class WorkCalendar
{
    private readonly Dictionary<int, YearDays> _national = [];
    // Per year, regional calendars longest prefix first, so the first one covering a case region is the most specific.
    private readonly Dictionary<int, (string Prefix, YearDays Days)[]> _regional;

    public WorkCalendar(IEnumerable<CalendarYearData> years, OfficeHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        Hours = hours ?? OfficeHours.Default;
        var regional = new Dictionary<int, List<(string Prefix, YearDays Days)>>();
        var seen = new HashSet<(int, string)>();
        foreach (var year in years)
        {
            // Records can be built in code, so they get the same checks as parsed files.
            CalendarYearRules.Check(year);
            var prefix = RegionCode.Prefix(year.Region);
            if (!seen.Add((year.Year, prefix)))
                throw new CalendarDataException("year", $"Year {year.Year} is given twice for region '{year.Region}'.");
            var days = new YearDays(year.DaysOff, year.ExtraWorkdays);
            if (prefix.Length == 0) _national[year.Year] = days;
            else (regional.TryGetValue(year.Year, out var list) ? list : regional[year.Year] = []).Add((prefix, days));
        }
        _regional = regional.ToDictionary(e => e.Key, e => e.Value.OrderByDescending(r => r.Prefix.Length).ToArray());
    }

    public OfficeHours Hours { get; }

    /// <summary>Whether <paramref name="year"/> has data for <paramref name="region"/> (its own, a covering region's, or the national year).</summary>
    public bool HasYear(int year, string? region = null) => Find(year, region) is not null;

    public bool IsWorkingDay(DateOnly day, string? region = null) => DaysOf(day.Year, region).IsWorkingDay(day);

    public DateOnly NextWorkingDay(DateOnly onOrAfter, string? region = null)
    {
        var day = onOrAfter;
        while (!IsWorkingDay(day, region)) day = day.AddDays(1);
        return day;
    }

    /// <summary>The n-th working day after <paramref name="from"/> (before it when n is negative); n = 0 is <paramref name="from"/> itself.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int n, string? region = null)
    {
        var step = Math.Sign(n);
        var day = from;
        for (var left = Math.Abs(n); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day, region)) left--;
        }
        return day;
    }

    /// <summary>Working days d with <paramref name="after"/> &lt; d ≤ <paramref name="upTo"/>; counted per year by arithmetic, not walked.</summary>
    public int WorkingDaysBetween(DateOnly after, DateOnly upTo, string? region = null)
    {
        if (upTo <= after) return 0;
        var first = after.AddDays(1);
        var count = 0;
        for (var year = first.Year; year <= upTo.Year; year++)
        {
            var from = year == first.Year ? first : new DateOnly(year, 1, 1);
            var to = year == upTo.Year ? upTo : new DateOnly(year, 12, 31);
            count += DaysOf(year, region).CountWorkingDays(from, to);
        }
        return count;
    }

    /// <summary>Years touched by [from, to] that have no data for the region, i.e. where plain Mon–Fri was assumed.</summary>
    public IReadOnlyList<int> MissingYears(DateOnly from, DateOnly to, string? region = null) =>
        to < from ? [] : Enumerable.Range(from.Year, to.Year - from.Year + 1).Where(y => !HasYear(y, region)).ToArray();

    private bool AnyMissing(DateOnly from, DateOnly to, string? region) => MissingYears(from, to, region).Count > 0;

    private YearDays DaysOf(int year, string? region) => Find(year, region) ?? YearDays.Plain;

    private YearDays? Find(int year, string? region)
    {
        if (!string.IsNullOrEmpty(region) && _regional.TryGetValue(year, out var regional))
            foreach (var (prefix, days) in regional)
                if (RegionCode.Covers(prefix, region)) return days;
        return _national.GetValueOrDefault(year);
    }
}
