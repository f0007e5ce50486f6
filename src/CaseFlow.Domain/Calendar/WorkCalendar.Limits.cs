using CaseFlow.Domain.Catalog;

namespace CaseFlow.Domain.Calendar;

/// <summary>Time limits (docs/decisions.md, decision 7): deadlines, clock stops, the extension, warnings and usage.</summary>
public sealed partial class WorkCalendar
{
    // Guards floor(N × share) against binary fractions: 100 × 0.57 is 56.99999999999999.
    private const double ShareEpsilon = 1e-9;

    /// <summary>
    /// The deadline of a limit started at <paramref name="startUtc"/>. Working days count from the next working day (0 = 即办, due the same day);
    /// calendar days ending on a day off end on the next working day (民法典 art. 203); working hours walk office time.
    /// </summary>
    public Deadline Compute(TimeLimit limit, DateTime startUtc, string? region = null)
    {
        CheckLimit(limit, nameof(limit));
        var startDate = LocalDate(startUtc);
        return limit.Unit switch
        {
            LimitUnit.WorkingDays => DayDeadline(startDate, AddWorkingDays(startDate, limit.Value, region), region, false),
            LimitUnit.Days => DayDeadline(startDate, EndOnWorkingDay(startDate.AddDays(limit.Value), region), region, false),
            LimitUnit.WorkingHours => HourDeadline(startUtc, AddWorkingTime(startUtc, TimeSpan.FromHours(limit.Value), region), region, false),
            _ => throw UnknownUnit(limit.Unit, nameof(limit)),
        };
    }

    /// <summary>
    /// A clock stop (art. 45: 听证, 检验, 专家评审 …) from <paramref name="excludedFromUtc"/> to <paramref name="excludedToUtc"/>.
    /// Day limits move by the working days after the stop's first day up to its last (same day → 0); Days limits move the same way, for consistency.
    /// </summary>
    public Deadline Exclude(Deadline deadline, LimitUnit unit, DateTime excludedFromUtc, DateTime excludedToUtc, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (unit == LimitUnit.WorkingHours)
        {
            if (deadline.DueDate is not null)
                throw new ArgumentException("A day deadline cannot be moved by working hours.", nameof(unit));
            var due = AddWorkingTime(deadline.DueAtUtc, WorkingTimeBetween(excludedFromUtc, excludedToUtc, region), region);
            var stopped = excludedToUtc > excludedFromUtc && AnyMissing(LocalDate(excludedFromUtc), LocalDate(excludedToUtc), region);
            return HourDeadline(deadline.DueAtUtc, due, region, deadline.OnFallback || stopped);
        }
        if (unit is not (LimitUnit.WorkingDays or LimitUnit.Days)) throw UnknownUnit(unit, nameof(unit));
        var dueDate = RequireDueDate(deadline);
        var (first, last) = (LocalDate(excludedFromUtc), LocalDate(excludedToUtc));
        var moved = AddWorkingDays(dueDate, WorkingDaysBetween(first, last, region), region);
        return DayDeadline(dueDate, moved, region, deadline.OnFallback || AnyMissing(first, last, region));
    }

    /// <summary>The one statutory extension (art. 42, usually +10 working days), in the extension's own unit.</summary>
    public Deadline Extend(Deadline deadline, TimeLimit extension, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        CheckLimit(extension, nameof(extension));
        if (extension.Unit == LimitUnit.WorkingHours)
        {
            if (deadline.DueDate is not null)
                throw new ArgumentException("A day deadline cannot be extended by working hours.", nameof(extension));
            return HourDeadline(deadline.DueAtUtc, AddWorkingTime(deadline.DueAtUtc, TimeSpan.FromHours(extension.Value), region), region, deadline.OnFallback);
        }
        var dueDate = RequireDueDate(deadline);
        var extended = extension.Unit switch
        {
            LimitUnit.WorkingDays => AddWorkingDays(dueDate, extension.Value, region),
            LimitUnit.Days => EndOnWorkingDay(dueDate.AddDays(extension.Value), region),
            _ => throw UnknownUnit(extension.Unit, nameof(extension)),
        };
        return DayDeadline(dueDate, extended, region, deadline.OnFallback);
    }

    /// <summary>
    /// When the yellow level (预警) begins: <paramref name="hoursLeft"/> of office time before the deadline if given,
    /// otherwise once <paramref name="usedShare"/> of the limit is used (whole days for day limits). Never after the deadline.
    /// </summary>
    public DateTime WarningAtUtc(TimeLimit limit, DateTime startUtc, Deadline deadline, double usedShare, TimeSpan? hoursLeft = null, string? region = null)
    {
        CheckLimit(limit, nameof(limit));
        ArgumentNullException.ThrowIfNull(deadline);
        if (hoursLeft is { } left)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(left, TimeSpan.Zero, nameof(hoursLeft));
            return SubtractWorkingTime(deadline.DueAtUtc, left, region);
        }
        if (!(usedShare is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(usedShare), usedShare, "The share must be between 0 and 1.");
        var startDate = LocalDate(startUtc);
        var warning = limit.Unit switch
        {
            LimitUnit.WorkingDays => StartOfDayUtc(AddWorkingDays(startDate, WholeUsed(limit.Value, usedShare), region).AddDays(1)),
            LimitUnit.Days => StartOfDayUtc(startDate.AddDays(WholeUsed(limit.Value, usedShare) + 1)),
            LimitUnit.WorkingHours => AddWorkingTime(startUtc, TimeSpan.FromHours(limit.Value * usedShare), region),
            _ => throw UnknownUnit(limit.Unit, nameof(limit)),
        };
        return warning < deadline.DueAtUtc ? warning : deadline.DueAtUtc;
    }

    /// <summary>How much of the limit is used at <paramref name="nowUtc"/>, for display; Unit is "workingDays", "days" or "workingHours".</summary>
    public (double Used, double Limit, string Unit) Usage(TimeLimit limit, DateTime startUtc, DateTime nowUtc, string? region = null)
    {
        CheckLimit(limit, nameof(limit));
        var (startDate, today) = (LocalDate(startUtc), LocalDate(nowUtc));
        return limit.Unit switch
        {
            LimitUnit.WorkingDays => (WorkingDaysBetween(startDate, today, region), limit.Value, "workingDays"),
            LimitUnit.Days => (Math.Max(0, today.DayNumber - startDate.DayNumber), limit.Value, "days"),
            LimitUnit.WorkingHours => (WorkingTimeBetween(startUtc, nowUtc, region).TotalHours, limit.Value, "workingHours"),
            _ => throw UnknownUnit(limit.Unit, nameof(limit)),
        };
    }

    private DateOnly EndOnWorkingDay(DateOnly lastDay, string? region) => NextWorkingDay(lastDay, region);

    private Deadline DayDeadline(DateOnly walkedFrom, DateOnly due, string? region, bool onFallback) =>
        new(due, StartOfDayUtc(due.AddDays(1)), onFallback || AnyMissing(walkedFrom, due, region));

    private Deadline HourDeadline(DateTime walkedFromUtc, DateTime dueUtc, string? region, bool onFallback) =>
        new(null, dueUtc, onFallback || AnyMissing(LocalDate(walkedFromUtc), LocalDate(dueUtc), region));

    private static DateOnly RequireDueDate(Deadline deadline) =>
        deadline.DueDate ?? throw new ArgumentException("A day limit needs a deadline with a due date; this one is an hour deadline.", nameof(deadline));

    private static int WholeUsed(int limit, double share) => (int)Math.Floor(limit * share + ShareEpsilon);

    private static void CheckLimit(TimeLimit limit, string name)
    {
        ArgumentNullException.ThrowIfNull(limit, name);
        if (limit.Value < 0) throw new ArgumentOutOfRangeException(name, limit.Value, "A time limit cannot be negative.");
    }

    private static ArgumentOutOfRangeException UnknownUnit(LimitUnit unit, string name) => new(name, unit, "Unknown limit unit.");
}
