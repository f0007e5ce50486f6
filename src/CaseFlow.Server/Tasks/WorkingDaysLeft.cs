using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Common;

namespace CaseFlow.Server.Tasks;

/// <summary>
/// 剩余工作日 for the inbox: working days from today (China date, domain clock) to a deadline on the work calendar — days off
/// and make-up workdays (调休) included — so the list and the levels count alike. Negative when overdue; 0 on the day itself.
/// </summary>
public sealed class WorkingDaysLeft(WorkCalendarProvider calendars, DomainClock clock)
{
    public int? Until(DateTime? dueAtUtc, string? region)
    {
        if (dueAtUtc is not { } due) return null;
        var calendar = calendars.Current;
        var (today, dueDay) = (clock.TodayInChina, calendar.LocalDate(due));
        return dueDay >= today ? calendar.WorkingDaysBetween(today, dueDay, region) : -calendar.WorkingDaysBetween(dueDay, today, region);
    }
}
