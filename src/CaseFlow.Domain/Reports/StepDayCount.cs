namespace CaseFlow.Domain.Reports;

/// <summary>
/// One day's 时效考核 counts (docs/decisions.md, decision 34) of one org unit and person — the unit and holder of a completed
/// step, or the unit a supervision order went to and the holder of the late step — for the cases of one item, deciding
/// department and intake window. Valid while its day's <see cref="RateDay"/> exists.
/// </summary>
public sealed class StepDayCount : IDailyCountRow
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public long UnitId { get; set; }
    public long? PersonId { get; set; }
    public string ItemCode { get; set; } = "";
    public long? DepartmentId { get; set; }
    public long WindowId { get; set; }
    public int Done { get; set; }
    public int WithLimit { get; set; }
    public int OnTime { get; set; }
    public int UsedCount { get; set; }
    public double UsedSum { get; set; }
    public int Orders { get; set; }

    public static StepDayCount Of(DateOnly day, StepKey key, StepTally t) => new()
    {
        Day = day, UnitId = key.Unit, PersonId = key.Person, ItemCode = key.ItemCode, DepartmentId = key.Department, WindowId = key.Window,
        Done = t.Done, WithLimit = t.WithLimit, OnTime = t.OnTime, UsedCount = t.UsedCount, UsedSum = t.UsedSum, Orders = t.Orders,
    };
}

/// <summary>What every row of a daily summary carries of its cases: the filters of a report apply to these (ReportScope).</summary>
public interface IDailyCountRow
{
    string ItemCode { get; }
    long? DepartmentId { get; }
    long WindowId { get; }
}

/// <summary>Where 时效考核 counts a step or an order: its unit and person, and its case's item, department and window.</summary>
public readonly record struct StepKey(long Unit, long? Person, string ItemCode, long? Department, long Window);

/// <summary>The counts behind one row of 时效考核.</summary>
public sealed class StepTally
{
    public int Done, WithLimit, OnTime, UsedCount, Orders;
    public double UsedSum;

    public void Add(StepTally o) => (Done, WithLimit, OnTime, UsedCount, UsedSum, Orders) =
        (Done + o.Done, WithLimit + o.WithLimit, OnTime + o.OnTime, UsedCount + o.UsedCount, UsedSum + o.UsedSum, Orders + o.Orders);

    public void Add(StepDayCount o) => (Done, WithLimit, OnTime, UsedCount, UsedSum, Orders) =
        (Done + o.Done, WithLimit + o.WithLimit, OnTime + o.OnTime, UsedCount + o.UsedCount, UsedSum + o.UsedSum, Orders + o.Orders);
}
