using System.Diagnostics.Metrics;
using CaseFlow.Domain;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Timers;
using CaseFlow.Domain.Workflows;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Observability;

/// <summary>
/// The gauges an operator watches, read from the database only when a reader (the scrape, the OTLP export) collects them:
/// nothing on the request path. Each is one COUNT or GROUP BY over an index (cases: Status; timers: State, DueAtUtc;
/// outbox: State, Id; incidents: Status). The meter comes from this host's IMeterFactory, so it goes with the host.
/// </summary>
public sealed class DatabaseGauges
{
    private readonly IServiceScopeFactory _scopes;
    private readonly JobStorage _jobs;
    private readonly DomainClock _clock;

    public DatabaseGauges(IMeterFactory meters, IServiceScopeFactory scopes, JobStorage jobs, DomainClock clock)
    {
        _scopes = scopes;
        _jobs = jobs;
        _clock = clock;
        var meter = meters.Create(CaseFlowTelemetry.Name);
        meter.CreateObservableGauge("caseflow.cases", CasesByStatus, description: "Cases by status");
        meter.CreateObservableGauge("caseflow.timers.pending", () => Count(db => db.Timers.Count(t => t.State == TimerState.Pending)), description: "Timers pending");
        meter.CreateObservableGauge("caseflow.timers.due", TimersDue, description: "Pending timers already due (the sweep is behind when this stays above zero)");
        meter.CreateObservableGauge("caseflow.outbox.backlog", () => Count(db => db.Outbox.Count(m => m.State == OutboxState.Pending)), description: "Outbox messages waiting to be sent");
        meter.CreateObservableGauge("caseflow.incidents.open", () => Count(db => db.Incidents.Count(i => i.Status == IncidentStatus.Open)), description: "Open incidents");
        meter.CreateObservableGauge("caseflow.hangfire.enqueued", () => _jobs.GetMonitoringApi().GetStatistics().Enqueued, description: "Hangfire jobs enqueued");
    }

    private IEnumerable<Measurement<long>> CasesByStatus()
    {
        using var scope = _scopes.CreateScope();
        var rows = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>().Cases.AsNoTracking()
            .GroupBy(c => c.Status).Select(g => new { Status = g.Key, Count = g.LongCount() }).ToList();
        return rows.Select(r => new Measurement<long>(r.Count, new KeyValuePair<string, object?>("status", r.Status.ToString())));
    }

    private long TimersDue()
    {
        var now = _clock.UtcNow;
        return Count(db => db.Timers.Count(t => t.State == TimerState.Pending && t.DueAtUtc <= now));
    }

    private long Count(Func<CaseFlowDbContext, int> query)
    {
        using var scope = _scopes.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>());
    }
}
