namespace CaseFlow.Domain.Calendar;

/// <summary>The office periods of a working day, in local time of <see cref="Zone"/>; working-hour limits count only these.</summary>
public sealed class OfficeHours
{
    private static readonly Lazy<OfficeHours> DefaultHours = new(() => new OfficeHours(
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
        [(new TimeOnly(9, 0), new TimeOnly(12, 0)), (new TimeOnly(13, 30), new TimeOnly(17, 30))]));

    public OfficeHours(TimeZoneInfo zone, IReadOnlyList<(TimeOnly Start, TimeOnly End)> periods)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0) throw new ArgumentException("Office hours need at least one period.", nameof(periods));
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Start >= periods[i].End)
                throw new ArgumentException($"Period {periods[i].Start}–{periods[i].End} must start before it ends.", nameof(periods));
            if (i > 0 && periods[i].Start < periods[i - 1].End)
                throw new ArgumentException($"Period {periods[i].Start}–{periods[i].End} overlaps or precedes the one before it.", nameof(periods));
        }
        Zone = zone;
        Periods = periods.ToArray().AsReadOnly();
        PerDay = Periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.End - p.Start));
    }

    /// <summary>Asia/Shanghai, 09:00–12:00 and 13:30–17:30.</summary>
    public static OfficeHours Default => DefaultHours.Value;

    public TimeZoneInfo Zone { get; }
    public IReadOnlyList<(TimeOnly Start, TimeOnly End)> Periods { get; }
    public TimeSpan PerDay { get; }
}
