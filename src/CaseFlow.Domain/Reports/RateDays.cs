using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// The daily summaries of the rates and of 时效考核 (docs/decisions.md, decision 34): every past Beijing day's counts per item,
/// deciding department and intake window (and for 时效考核 per unit and person), stored once the day is over, so a year of rates reads some hundred thousand small rows instead of every
/// decision, receipt and event. A report adds up the summarised days of its period and counts the others (today, a day not
/// yet summarised or forgotten since) from the cases, through the same <see cref="RateCounts"/> the summaries were made with.
/// </summary>
public sealed class RateDays(CaseFlowDbContext db, RateCounts counts, StepCounts steps, WorkCalendarProvider calendars, DomainClock clock)
{
    /// <summary>How long before a summary's start a push may have begun and still commit after it (a save is far shorter).</summary>
    public static readonly TimeSpan PushMargin = TimeSpan.FromMinutes(5);

    private WorkCalendar Calendar => calendars.Current;

    /// <summary>The period's tallies: summarised days from their rows, every other day counted from the cases.</summary>
    public async Task<Dictionary<RateGroup, RateTally>> CountAsync(IQueryable<Case> cases, IQueryable<RateDayCount> rows, DateOnly from, DateOnly to,
        RateSeries by, CancellationToken ct)
    {
        var summarised = await SummarisedAsync(from, to, ct);
        var tallies = new Dictionary<RateGroup, RateTally>();
        if (summarised.Count > 0)
            // Rows of a day forgotten since are left for the next summary to replace: they are skipped here, not deleted.
            await foreach (var row in rows.Where(r => r.Day >= from && r.Day <= to).AsAsyncEnumerable().WithCancellation(ct))
            {
                if (!summarised.Contains(row.Day)) continue;
                var group = RateGroup.Of(by, row.ItemCode, row.ItemName, row.DepartmentId, row.WindowId, row.Day);
                if (!tallies.TryGetValue(group, out var tally)) tallies[group] = tally = new RateTally();
                tally.Add(row);
            }
        foreach (var (start, end) in Unsummarised(from, to, summarised))
            foreach (var (group, tally) in await counts.CountAsync(cases, start, end, by, ct))
            {
                if (tallies.TryGetValue(group, out var sum)) sum.Add(tally);
                else tallies[group] = tally;
            }
        return tallies;
    }

    /// <summary>时效考核's tallies of the period the same way: summarised days from their rows, the others from the tasks.</summary>
    public async Task<Dictionary<StepKey, StepTally>> CountStepsAsync(IQueryable<Case> cases, HashSet<long>? units, IQueryable<StepDayCount> rows,
        DateOnly from, DateOnly to, CancellationToken ct)
    {
        var summarised = await SummarisedAsync(from, to, ct);
        var tallies = new Dictionary<StepKey, StepTally>();
        StepTally Of(StepKey key) => tallies.TryGetValue(key, out var t) ? t : tallies[key] = new StepTally();
        if (summarised.Count > 0)
            await foreach (var row in rows.Where(r => r.Day >= from && r.Day <= to).AsAsyncEnumerable().WithCancellation(ct))
                if (summarised.Contains(row.Day)) Of(new StepKey(row.UnitId, row.PersonId, row.ItemCode, row.DepartmentId, row.WindowId)).Add(row);
        foreach (var (start, end) in Unsummarised(from, to, summarised))
            foreach (var (key, tally) in await steps.CountAsync(cases, units, start, end, ct))
                Of(key).Add(tally);
        return tallies;
    }

    private async Task<HashSet<DateOnly>> SummarisedAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.RateDays.AsNoTracking().Where(d => d.Day >= from && d.Day <= to).Select(d => d.Day).ToListAsync(ct)).ToHashSet();

    /// <summary>The runs of days of the period without a summary, as UTC instants [start, end).</summary>
    private IEnumerable<(DateTime Start, DateTime End)> Unsummarised(DateOnly from, DateOnly to, HashSet<DateOnly> summarised)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (summarised.Contains(day)) continue;
            var last = day;
            while (last < to && !summarised.Contains(last.AddDays(1))) last = last.AddDays(1);
            yield return (Calendar.StartOfDayUtc(day), Calendar.StartOfDayUtc(last.AddDays(1)));
            day = last;
        }
    }

    /// <summary>
    /// Forgets the recent summaries a push may have missed, then summarises every past day from the first receipt that has
    /// none; returns how many days were summarised. A day another run stored first is skipped.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        await ForgetTouchedAsync(ct);
        var first = await db.Cases.MinAsync(c => (DateTime?)c.ReceivedAtUtc, ct);
        if (first is null) return 0;
        var yesterday = Calendar.LocalDate(clock.UtcNow).AddDays(-1);
        var done = (await db.RateDays.AsNoTracking().Select(d => d.Day).ToListAsync(ct)).ToHashSet();
        var summarised = 0;
        for (var day = Calendar.LocalDate(first.Value); day <= yesterday; day = day.AddDays(1))
            if (!done.Contains(day) && await SummariseAsync(day, ct)) summarised++;
        return summarised;
    }

    /// <summary>Stores one day's summary in one transaction (on SQLite under the write lock, so no save slips in between).</summary>
    public async Task<bool> SummariseAsync(DateOnly day, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var computedAt = clock.UtcNow;
        if (await db.RateDays.AnyAsync(d => d.Day == day, ct)) return false;
        var (start, end) = (Calendar.StartOfDayUtc(day), Calendar.StartOfDayUtc(day.AddDays(1)));
        var tallies = await counts.CountAsync(db.Cases.AsNoTracking(), start, end, RateSeries.Key, ct);
        var stepTallies = await steps.CountAsync(db.Cases.AsNoTracking(), null, start, end, ct);
        await db.RateDayCounts.Where(r => r.Day == day).ExecuteDeleteAsync(ct);
        await db.StepDayCounts.Where(r => r.Day == day).ExecuteDeleteAsync(ct);
        db.RateDayCounts.AddRange(tallies.OrderBy(t => t.Key.Code, StringComparer.Ordinal).ThenBy(t => t.Key.Unit).ThenBy(t => t.Key.Window)
            .SelectMany(t => RateDayCount.Of(day, t.Key, t.Value)));
        db.StepDayCounts.AddRange(stepTallies.OrderBy(t => t.Key.Unit).ThenBy(t => t.Key.Person).ThenBy(t => t.Key.ItemCode, StringComparer.Ordinal)
            .ThenBy(t => t.Key.Department).ThenBy(t => t.Key.Window).Select(t => StepDayCount.Of(day, t.Key, t.Value)));
        db.RateDays.Add(new RateDay { Day = day, ComputedAtUtc = computedAt });
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another process stored this day first (the key): theirs stands.
            await transaction.RollbackAsync(ct);
            if (!await db.RateDays.AnyAsync(d => d.Day == day, ct)) throw;
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// A push saved while a day was being summarised (not seen by it, and not seeing its summary to forget) leaves the
    /// summary stale: every summary of the last hours is checked against the pushes since shortly before it started.
    /// </summary>
    private async Task ForgetTouchedAsync(CancellationToken ct)
    {
        var recent = await db.RateDays.AsNoTracking().Where(d => d.ComputedAtUtc >= clock.UtcNow.AddHours(-3)).ToListAsync(ct);
        if (recent.Count == 0) return;
        var since = recent.Min(d => d.ComputedAtUtc) - PushMargin;
        var pushes = await db.CaseEvents.AsNoTracking().Where(e => e.Kind == CaseEventKinds.Pushed && e.AtUtc >= since)
            .Select(e => new { e.CaseId, e.AtUtc }).ToListAsync(ct);
        if (pushes.Count == 0) return;
        var days = await CountedDays.OfAsync(db, Calendar, pushes.Select(p => p.CaseId).Distinct().ToList(), ct);
        var stale = recent.Where(d => pushes.Any(p => p.AtUtc >= d.ComputedAtUtc - PushMargin && days[p.CaseId].Contains(d.Day))).Select(d => d.Day).ToList();
        if (stale.Count > 0) await db.RateDays.Where(d => stale.Contains(d.Day)).ExecuteDeleteAsync(ct);
    }
}
