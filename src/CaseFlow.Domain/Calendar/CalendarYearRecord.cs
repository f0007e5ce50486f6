namespace CaseFlow.Domain.Calendar;

/// <summary>A loaded calendar year (national when Region is empty), stored as its published JSON.</summary>
public sealed class CalendarYearRecord
{
    public long Id { get; set; }
    public int Year { get; set; }
    public string Region { get; set; } = "";
    public string Source { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTime LoadedAtUtc { get; set; }
    public string LoadedBy { get; set; } = "";
}
