using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Calendar;

/// <summary>
/// The calendar in force, built from the loaded years; replaced as a whole when an admin loads a year, so readers never
/// see half a reload.
/// </summary>
public sealed class WorkCalendarProvider(OfficeHours hours)
{
    private volatile WorkCalendar _current = new([], hours);

    public WorkCalendar Current => _current;

    public OfficeHours Hours => hours;

    public async Task ReloadAsync(CaseFlowDbContext db, CancellationToken ct)
    {
        var rows = await db.CalendarYears.AsNoTracking().Select(y => y.Json).ToListAsync(ct);
        _current = new WorkCalendar(rows.Select(CalendarYearData.Parse), hours);
    }

    /// <summary>Adds the shipped years (2025, 2026) that are not loaded yet; an admin's replacement is never overwritten.</summary>
    public static async Task ImportShippedAsync(CaseFlowDbContext db, DateTime now, CancellationToken ct)
    {
        var loaded = await db.CalendarYears.Select(y => new { y.Year, y.Region }).ToListAsync(ct);
        foreach (var year in CalendarYearData.Shipped().Where(s => !loaded.Any(l => l.Year == s.Year && l.Region == s.Region)))
            db.CalendarYears.Add(new CalendarYearRecord
            {
                Year = year.Year, Region = year.Region, Source = year.Source, Json = year.ToJson(), LoadedAtUtc = now, LoadedBy = "shipped",
            });
    }

    /// <summary>What an admin should know: years with no data that today's and tomorrow's deadlines need.</summary>
    public IReadOnlyList<string> Warnings(DateOnly today, int clocksOnFallback)
    {
        var warnings = new List<string>();
        if (!Current.HasYear(today.Year))
            warnings.Add($"{today.Year} 年的节假日安排未载入：期限按周一至周五推算，载入后将重新计算。");
        // Limits reach weeks ahead: from November the next year's schedule is needed (usually published in November).
        if (today.Month >= 11 && !Current.HasYear(today.Year + 1))
            warnings.Add($"{today.Year + 1} 年的节假日安排未载入：跨年的期限按周一至周五推算，请在国务院办公厅公布后载入。");
        if (clocksOnFallback > 0)
            warnings.Add($"{clocksOnFallback} 个运行中的时限按周一至周五推算（缺少日历数据），载入相应年份后将重新计算。");
        return warnings;
    }
}
