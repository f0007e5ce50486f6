using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CaseFlow.Domain.Common;

/// <summary>
/// The domain's counters and spans, in System.Diagnostics only: the server's OpenTelemetry wiring (Server/Observability)
/// listens to the "CaseFlow" meter and source by name; without a listener each call costs next to nothing.
/// </summary>
public static class CaseFlowTelemetry
{
    public const string Name = "CaseFlow";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    /// <summary>Workflow steps run (start, resume, move back, retry, cancel), by kind of step.</summary>
    public static readonly Counter<long> Steps = Meter.CreateCounter<long>("caseflow.steps", description: "Workflow steps executed");
    /// <summary>Timers whose effect was saved, by timer kind.</summary>
    public static readonly Counter<long> TimersFired = Meter.CreateCounter<long>("caseflow.timers.fired", description: "Timers fired");
    /// <summary>Outbox messages handed to the sender, by channel.</summary>
    public static readonly Counter<long> NotificationsSent = Meter.CreateCounter<long>("caseflow.notifications.sent", description: "Notifications sent");
}

/// <summary>The logging scope of work on one case: every log line inside carries CaseId and CaseNo (README "Observability").</summary>
public static class CaseLogScope
{
    public static IDisposable? Begin(Microsoft.Extensions.Logging.ILogger? log, long caseId, string? caseNo) =>
        log?.BeginScope(new Dictionary<string, object?> { ["CaseId"] = caseId, ["CaseNo"] = caseNo });
}
