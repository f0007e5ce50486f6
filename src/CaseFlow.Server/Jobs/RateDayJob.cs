using CaseFlow.Domain.Reports;
using Hangfire;

namespace CaseFlow.Server.Jobs;

/// <summary>
/// The recurring job that summarises every past day's rate counts not yet summarised (Domain/Reports/RateDays.cs): hourly,
/// so a day a push forgot is made again within the hour, and once as the job server starts, so a database that was filled
/// or restored while no server ran is caught up without waiting.
/// </summary>
public sealed class RateDayJob(RateDays days)
{
    public const string Id = "rate-days";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync() => days.CatchUpAsync(CancellationToken.None);
}
