using CaseFlow.Domain.Timers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Deadlines;

/// <summary>After a calendar year is loaded: the running clocks computed on the fallback (Mon–Fri) get their real deadlines.</summary>
public sealed class CalendarRecompute(CaseFlowDbContext db, ClockBook book)
{
    /// <summary>Recomputes every running clock computed on the fallback, recording each change on its case; returns how many changed.</summary>
    public async Task<int> RecomputeFallbackClocksAsync(string actor, CancellationToken ct)
    {
        var marked = await db.Clocks.Include(c => c.Case).ThenInclude(c => c!.ServiceItem).Where(c => c.OnFallback && c.StoppedAtUtc == null).ToListAsync(ct);
        var calendar = book.Calendar;
        var changed = 0;
        foreach (var stale in marked)
        {
            var @case = stale.Case!;
            var region = ClockBook.Region(@case);
            var before = book.Deadline(stale);
            var deadline = book.ComputeFresh(stale, @case);
            foreach (var period in await db.ExcludedPeriods.Where(p => p.CaseId == @case.Id && p.EndedAtUtc != null).OrderBy(p => p.StartedAtUtc).ToListAsync(ct))
                if (ClockBook.IsDecisionClock(stale))
                    book.SetDeadline(stale, deadline = calendar.Exclude(deadline, stale.Limit.Unit, period.StartedAtUtc, period.EndedAtUtc!.Value, region), @case);
            if (stale.Extension is { } extension) book.SetDeadline(stale, calendar.Extend(deadline, extension, region), @case);
            stale.ResetLevel(book.Now);
            foreach (var timer in (await book.PendingTimersAsync(@case, ct)).Where(t => t.ClockId == stale.Id)) timer.Cancel(book.Now);
            if (!stale.Paused) book.ArmClock(@case, stale);
            if (before != book.Deadline(stale))
            {
                book.Event(@case, "deadline-recomputed", $"载入日历后重新计算{ClockBook.ClockName(stale.Kind)}：{before} → {book.Deadline(stale)}", actor);
                changed++;
            }
        }
        return changed;
    }
}
