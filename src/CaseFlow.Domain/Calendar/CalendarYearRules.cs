namespace CaseFlow.Domain.Calendar;

/// <summary>What a published calendar year must satisfy; checked on parse and again when a calendar is built from records.</summary>
internal static class CalendarYearRules
{
    public const int FirstYear = 2000, LastYear = 2100;

    public static void Check(CalendarYearData year)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (year.Year is < FirstYear or > LastYear)
            throw new CalendarDataException("year", $"Year {year.Year} is outside {FirstYear}..{LastYear}.");
        if (year.Region is null || !RegionCode.IsValid(year.Region))
            throw new CalendarDataException("region", $"Region '{year.Region}' must be \"\" (national) or a 6-, 9- or 12-digit division code (行政区划代码).");
        if (year.Source is null) throw new CalendarDataException("source", "The source must be a string (\"\" if unknown).");
        var daysOff = CheckDates(year, year.DaysOff, "daysOff");
        var extra = CheckDates(year, year.ExtraWorkdays, "extraWorkdays");
        foreach (var day in extra)
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                throw new CalendarDataException("extraWorkdays", $"{day:yyyy-MM-dd} is a {day.DayOfWeek}; a make-up workday (调休上班) must be a Saturday or Sunday.");
            if (daysOff.Contains(day))
                throw new CalendarDataException("extraWorkdays", $"{day:yyyy-MM-dd} is listed both as a day off and as a make-up workday.");
        }
    }

    private static HashSet<DateOnly> CheckDates(CalendarYearData year, IReadOnlyList<DateOnly>? dates, string field)
    {
        if (dates is null) throw new CalendarDataException(field, $"The list '{field}' is missing.");
        var seen = new HashSet<DateOnly>();
        foreach (var day in dates)
        {
            if (day.Year != year.Year) throw new CalendarDataException(field, $"{day:yyyy-MM-dd} is not in {year.Year}.");
            if (!seen.Add(day)) throw new CalendarDataException(field, $"{day:yyyy-MM-dd} is listed twice.");
        }
        return seen;
    }
}
