namespace CaseFlow.TestSupport;

/// <summary>Moments in China time for fake clocks: the domain counts working days and office hours in Asia/Shanghai.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>A moment in China time as the fake clock's UTC instant.</summary>
    public static DateTimeOffset Beijing(int month, int day, int hour = 10, int year = 2026) =>
        new(TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, 0, 0), Zone), TimeSpan.Zero);
}
