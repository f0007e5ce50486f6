using System.Text.Json;

namespace CaseFlow.DemoYear.Bulk;

/// <summary>
/// What the bulk writer wrote on one Beijing day, counted as the reports define their figures (README "Reports (效能监管)"),
/// so a benchmark can check the server's answers against the data: receipts, decisions (finished = accepted and decided),
/// the clocks' outcomes, events, completed workflow tasks, supervision orders raised, ratings given.
/// </summary>
public sealed class DayTally
{
    public int Received, Finished, NotAccepted, WithinCommitted, WithinStatutory, Immediate, FullyOnline, Trips, Supplemented;
    public int DeemedAccepted, Extensions, ClockStops, TasksCompleted, OrdersRaised, Rated, RatingsVoided;

    public void Add(DayTally other)
    {
        Received += other.Received; Finished += other.Finished; NotAccepted += other.NotAccepted;
        WithinCommitted += other.WithinCommitted; WithinStatutory += other.WithinStatutory; Immediate += other.Immediate;
        FullyOnline += other.FullyOnline; Trips += other.Trips; Supplemented += other.Supplemented;
        DeemedAccepted += other.DeemedAccepted; Extensions += other.Extensions; ClockStops += other.ClockStops;
        TasksCompleted += other.TasksCompleted; OrdersRaised += other.OrdersRaised; Rated += other.Rated; RatingsVoided += other.RatingsVoided;
    }
}

/// <summary>The open cases at "now" as the live lists count them.</summary>
public sealed record LiveTally(int Open, int NearDue, int Overdue, int Stalled, int OpenOrders);

/// <summary>What <see cref="BulkYear"/> wrote: the row counts, the live state, the tallies per Beijing day, and the daily reports stored.</summary>
public sealed record BulkYearResult(int Cases, long Rows, DateTime NowUtc, LiveTally Live, IReadOnlyDictionary<DateOnly, DayTally> Days,
    IReadOnlyList<(long Unit, DateOnly Day)> DailyReports, TimeSpan Elapsed)
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    /// <summary>The tallies beside the database (<c>PATH.bulk.json</c>), so a benchmark can check a database written earlier.</summary>
    public void Save(string databaseFile) => File.WriteAllText(databaseFile + ".bulk.json", JsonSerializer.Serialize(this, Json));

    public static BulkYearResult Load(string databaseFile) =>
        JsonSerializer.Deserialize<BulkYearResult>(File.ReadAllText(databaseFile + ".bulk.json"), Json)
        ?? throw new InvalidOperationException($"{databaseFile}.bulk.json holds no tallies.");

    /// <summary>The tallies of the days from..to (both included).</summary>
    public DayTally Sum(DateOnly from, DateOnly to)
    {
        var sum = new DayTally();
        foreach (var (day, tally) in Days)
            if (day >= from && day <= to) sum.Add(tally);
        return sum;
    }
}

/// <summary>Per-day tallies, created on first use; a province's own as well as the total (the stored daily reports are per province).</summary>
public sealed class Tallies
{
    private readonly Dictionary<DateOnly, DayTally> _days = new();
    private readonly Dictionary<(long Unit, DateOnly Day), DayTally> _units = new();

    public IReadOnlyDictionary<DateOnly, DayTally> Days => _days;

    public IReadOnlyDictionary<(long Unit, DateOnly Day), DayTally> Units => _units;

    /// <summary>The tally of the instant's Beijing day, for the whole database and for the province (root unit) of the case.</summary>
    public (DayTally All, DayTally Province) At(DateTime utc, long province)
    {
        var day = BulkClock.Day(utc);
        if (!_days.TryGetValue(day, out var all)) _days[day] = all = new DayTally();
        if (!_units.TryGetValue((province, day), out var mine)) _units[(province, day)] = mine = new DayTally();
        return (all, mine);
    }

    /// <summary>Applies one change to both tallies of the instant's day.</summary>
    public void Count(DateTime utc, long province, Action<DayTally> change)
    {
        var (all, mine) = At(utc, province);
        change(all);
        change(mine);
    }
}
