using CaseFlow.Domain.Reports;
using Hangfire;

namespace CaseFlow.Server.Jobs;

/// <summary>
/// 每日报表 configuration (<c>Reports:Daily</c>): when the job runs (cron in Beijing time, default 00:10 every day) and how
/// many days back a run catches up after the server was down (default 7).
/// </summary>
public sealed class DailyReportOptions
{
    public string Cron { get; set; } = "10 0 * * *";
    public int CatchUpDays { get; set; } = 7;
}

/// <summary>The recurring job that stores yesterday's daily reports (and missed days) and sends them (Domain/Reports/DailyReports.cs).</summary>
public sealed class DailyReportJob(DailyReports reports, DailyReportOptions options)
{
    public const string Id = "daily-reports";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync() => reports.ComputeMissingAsync(options.CatchUpDays, CancellationToken.None);
}
