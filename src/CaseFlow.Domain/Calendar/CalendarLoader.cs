using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Calendar;

/// <summary>
/// Loading or replacing a calendar year (an admin act): the year is validated and saved, the calendar in force reloaded,
/// then every deadline computed on the Mon–Fri fallback recomputed with it — in a second transaction, so the new calendar
/// is in place before anything is computed from it.
/// </summary>
public sealed class CalendarLoader(CaseFlowDbContext db, WorkCalendarProvider calendars, CaseTimekeeper timekeeper, DomainClock clock)
{
    /// <summary>The saved year and how many deadlines were recomputed.</summary>
    public async Task<(CalendarYearRecord Year, int Recomputed)> LoadAsync(int year, string json, Actor actor, CancellationToken ct)
    {
        CalendarYearData data;
        try
        {
            data = CalendarYearData.Parse(json);
        }
        catch (CalendarDataException ex)
        {
            throw new DomainValidationException(ex.Field, ex.Message);
        }
        if (data.Year != year) throw new DomainValidationException("year", $"The body is the calendar of {data.Year}, the URL says {year}.");

        var row = await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == year && y.Region == data.Region, ct);
        if (row is null) db.CalendarYears.Add(row = new CalendarYearRecord { Year = year, Region = data.Region });
        row.Source = data.Source;
        row.Json = data.ToJson();
        row.LoadedAtUtc = clock.UtcNow;
        row.LoadedBy = actor.UserName;
        await db.SaveChangesAsync(ct);

        await calendars.ReloadAsync(db, ct);
        var recomputed = await timekeeper.RecomputeFallbackClocksAsync(actor.UserName, ct);
        await db.SaveChangesAsync(ct);
        return (row, recomputed);
    }
}
