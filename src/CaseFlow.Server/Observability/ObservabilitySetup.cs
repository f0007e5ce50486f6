using CaseFlow.Domain.Access;
using CaseFlow.Domain.Common;
using CaseFlow.Server.Auth;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaseFlow.Server.Observability;

/// <summary>
/// OpenTelemetry for an operator of several processes (README "Observability"): traces (requests, workflow steps) and
/// metrics (request durations, runtime, the "CaseFlow" meter) — exported by OTLP only when <c>Observability:Otlp:Endpoint</c>
/// is set, and scraped by Prometheus at <c>/metrics</c> by administrators. Logs carry the trace id and, per case, the case number.
/// </summary>
public static class ObservabilitySetup
{
    public const string ScrapePath = "/metrics";
    public const string AdminPolicy = "caseflow-admin";

    public static IServiceCollection AddCaseFlowObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration["Observability:Otlp:Endpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        services.AddSingleton<DatabaseGauges>();
        // The trace and span ids on every log scope, so a log line finds its trace.
        services.Configure<LoggerFactoryOptions>(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["Observability:ServiceName"] ?? "CaseFlow"))
            .WithTracing(t =>
            {
                t.AddSource(CaseFlowTelemetry.Name).AddAspNetCoreInstrumentation();
                if (otlp is not null) t.AddOtlpExporter(o => o.Endpoint = otlp);
            })
            .WithMetrics(m =>
            {
                m.AddMeter(CaseFlowTelemetry.Name).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddPrometheusExporter();
                if (otlp is not null) m.AddOtlpExporter(o => o.Endpoint = otlp);
            });
        // The access policy's admin rule: signed out → 401 (the challenge), signed in but no admin → the 403 problem naming the
        // role, as every admin-only endpoint answers (AccessPolicy.RequireAdmin throws; ProblemExceptionHandler writes it).
        services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p.RequireAssertion(async context =>
        {
            if (context.Resource is not HttpContext http || context.User.Identity?.IsAuthenticated != true) return false;
            var actor = await http.RequestServices.GetRequiredService<ActorAccessor>().GetAsync(http.RequestAborted);
            return AccessPolicy.RequireAdmin(actor, "Only the admin role may read the metrics.").IsAdmin;
        }));
        return services;
    }

    /// <summary>The case log scope on case and task routes, and the admins' scrape endpoint; after authorisation, before the endpoints.</summary>
    public static WebApplication MapCaseFlowObservability(this WebApplication app)
    {
        app.Services.GetRequiredService<DatabaseGauges>(); // the gauges exist from the start, read only on collection
        app.UseMiddleware<CaseLogScopeMiddleware>();
        app.MapPrometheusScrapingEndpoint(ScrapePath).RequireAuthorization(AdminPolicy);
        return app;
    }
}
