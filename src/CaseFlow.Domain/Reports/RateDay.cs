namespace CaseFlow.Domain.Reports;

/// <summary>
/// A Beijing day whose rate counts are summarised in <see cref="RateDayCount"/> rows (docs/decisions.md, decision 34). Its
/// rows count only while it exists: a push that moves a counted case to a department deletes it, and the next run of the
/// rate-days job summarises the day again.
/// </summary>
public sealed class RateDay
{
    public DateOnly Day { get; set; }
    /// <summary>When the summary started reading: later pushes of the day's cases are looked for from a few minutes before.</summary>
    public DateTime ComputedAtUtc { get; set; }
}

/// <summary>
/// One day's rate counts of one item, deciding department and intake window — a row of counts (<see cref="Cut"/> null), or
/// the number of finished cases with one time cut (<see cref="Cut"/> set; the other counts 0), so the median stays exact.
/// </summary>
public sealed class RateDayCount : IDailyCountRow
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public string ItemCode { get; set; } = "";
    public string ItemName { get; set; } = "";
    public long? DepartmentId { get; set; }
    public long WindowId { get; set; }
    public double? Cut { get; set; }
    public int CutCases { get; set; }
    public int Received { get; set; }
    public int Finished { get; set; }
    public int NotAccepted { get; set; }
    public int WithinCommitted { get; set; }
    public int WithinStatutory { get; set; }
    public int Immediate { get; set; }
    public int FullyOnline { get; set; }
    public int Trips { get; set; }
    public int Supplemented { get; set; }
    public int DeemedAccepted { get; set; }
    public int Extensions { get; set; }
    public int ClockStops { get; set; }

    /// <summary>The rows of one group's tally: its counts, then one row per time cut.</summary>
    public static IEnumerable<RateDayCount> Of(DateOnly day, RateGroup key, RateTally t)
    {
        RateDayCount Row() => new() { Day = day, ItemCode = key.Code ?? "", ItemName = key.Name ?? "", DepartmentId = key.Unit, WindowId = key.Window ?? 0 };
        var counts = Row();
        counts.Received = t.Received;
        counts.Finished = t.Finished;
        counts.NotAccepted = t.NotAccepted;
        counts.WithinCommitted = t.WithinCommitted;
        counts.WithinStatutory = t.WithinStatutory;
        counts.Immediate = t.Immediate;
        counts.FullyOnline = t.FullyOnline;
        counts.Trips = t.Trips;
        counts.Supplemented = t.Supplemented;
        counts.DeemedAccepted = t.DeemedAccepted;
        counts.Extensions = t.Extensions;
        counts.ClockStops = t.ClockStops;
        yield return counts;
        foreach (var (cut, cases) in t.Cuts.OrderBy(c => c.Key))
        {
            var row = Row();
            row.Cut = cut;
            row.CutCases = cases;
            yield return row;
        }
    }
}
