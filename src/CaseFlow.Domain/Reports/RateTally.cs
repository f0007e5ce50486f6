namespace CaseFlow.Domain.Reports;

/// <summary>
/// Where a rate report counts a case: code and name for the item, the unit for a department or handling unit, the day for a
/// series; item, department (<see cref="Unit"/>) and window together for a day's summary (<see cref="RateSeries.Key"/>).
/// </summary>
public readonly record struct RateGroup(string? Code = null, string? Name = null, long? Unit = null, DateOnly? Day = null, long? Window = null)
{
    /// <summary>The group of a series that a case, or a day's summary row, of this item, department, window and day falls in.</summary>
    public static RateGroup Of(RateSeries by, string code, string name, long? department, long window, DateOnly day) => by switch
    {
        RateSeries.Item => new RateGroup(code, name),
        RateSeries.Department => new RateGroup(Unit: department),
        RateSeries.HandlingUnit => new RateGroup(Unit: department ?? window),
        RateSeries.Key => new RateGroup(code, name, department, Window: window),
        _ => new RateGroup(Day: day),
    };
}

/// <summary>
/// The counts behind one group's <see cref="RateFigures"/>: summed from the database's groups (decision 33) and from the cases
/// decided before figures were stored. The time cuts are kept as a histogram (value → cases), which gives the exact mean and
/// median without reading one row per case.
/// </summary>
public sealed class RateTally
{
    public int Received, Finished, NotAccepted, WithinCommitted, WithinStatutory, Immediate, FullyOnline, Trips, Supplemented;
    public int DeemedAccepted, Extensions, ClockStops;
    public Dictionary<double, int> Cuts { get; } = new();

    /// <summary>Adds <paramref name="cases"/> decided cases that share the acceptance and the time cut.</summary>
    public void AddDecided(int cases, bool accepted, double? cut, int committed, int statutory, int immediate, int online, int trips, int supplemented)
    {
        if (!accepted)
        {
            NotAccepted += cases;
            return;
        }
        Finished += cases;
        WithinCommitted += committed;
        WithinStatutory += statutory;
        Immediate += immediate;
        FullyOnline += online;
        Trips += trips;
        Supplemented += supplemented;
        if (cut is { } c) Cuts[c] = Cuts.GetValueOrDefault(c) + cases;
    }

    public void AddEvent(CountedKind kind, int count)
    {
        switch (kind)
        {
            case CountedKind.Received: Received += count; break;
            case CountedKind.DeemedAccepted: DeemedAccepted += count; break;
            case CountedKind.Extended: Extensions += count; break;
            case CountedKind.ClockStopped: ClockStops += count; break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Decisions are added with AddDecided.");
        }
    }

    /// <summary>Adds one row of a day's summary (its counts, or its cases of one time cut).</summary>
    public void Add(RateDayCount row)
    {
        Received += row.Received; Finished += row.Finished; NotAccepted += row.NotAccepted;
        WithinCommitted += row.WithinCommitted; WithinStatutory += row.WithinStatutory; Immediate += row.Immediate;
        FullyOnline += row.FullyOnline; Trips += row.Trips; Supplemented += row.Supplemented;
        DeemedAccepted += row.DeemedAccepted; Extensions += row.Extensions; ClockStops += row.ClockStops;
        if (row.Cut is { } cut) Cuts[cut] = Cuts.GetValueOrDefault(cut) + row.CutCases;
    }

    public void Add(RateTally other)
    {
        Received += other.Received; Finished += other.Finished; NotAccepted += other.NotAccepted;
        WithinCommitted += other.WithinCommitted; WithinStatutory += other.WithinStatutory; Immediate += other.Immediate;
        FullyOnline += other.FullyOnline; Trips += other.Trips; Supplemented += other.Supplemented;
        DeemedAccepted += other.DeemedAccepted; Extensions += other.Extensions; ClockStops += other.ClockStops;
        foreach (var (cut, n) in other.Cuts) Cuts[cut] = Cuts.GetValueOrDefault(cut) + n;
    }
}
