namespace CaseFlow.Domain.Calendar;

/// <summary>One resolved calendar year, precomputed for lookups and for counting working days without walking them.</summary>
internal sealed class YearDays
{
    /// <summary>A year without data: plain Mon–Fri.</summary>
    public static readonly YearDays Plain = new([], []);

    private readonly HashSet<DateOnly> _daysOff;
    private readonly HashSet<DateOnly> _extraWorkdays;
    // Only the days that change the Mon–Fri count: days off falling on a weekday, and the make-up weekend days.
    private readonly DateOnly[] _weekdaysOff;
    private readonly DateOnly[] _weekendsWorked;

    public YearDays(IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> extraWorkdays)
    {
        _daysOff = [.. daysOff];
        _extraWorkdays = [.. extraWorkdays];
        _weekdaysOff = [.. _daysOff.Where(IsWeekday)];
        _weekendsWorked = [.. _extraWorkdays];
    }

    public bool IsWorkingDay(DateOnly day) => _extraWorkdays.Contains(day) || (IsWeekday(day) && !_daysOff.Contains(day));

    /// <summary>Working days in [first, last], both inside this year.</summary>
    public int CountWorkingDays(DateOnly first, DateOnly last) =>
        CountWeekdays(first, last) - CountWithin(_weekdaysOff, first, last) + CountWithin(_weekendsWorked, first, last);

    public static bool IsWeekday(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Mon–Fri days in [first, last], by arithmetic.</summary>
    public static int CountWeekdays(DateOnly first, DateOnly last) =>
        last < first ? 0 : WeekdaysBefore(last.DayNumber + 1) - WeekdaysBefore(first.DayNumber);

    // Day number 0 (0001-01-01) is a Monday, so each block of 7 day numbers starts with 5 weekdays.
    private static int WeekdaysBefore(int dayNumber) => dayNumber / 7 * 5 + Math.Min(dayNumber % 7, 5);

    private static int CountWithin(DateOnly[] days, DateOnly first, DateOnly last) => days.Count(d => d >= first && d <= last);
}
