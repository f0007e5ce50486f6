using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Timers;
using CaseFlow.Data;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;

namespace CaseFlow.Server.Jobs;

/// <summary>What Hangfire runs: a timer's delayed job, the periodic sweep and the outbox drain (the daily report: DailyReportJob).</summary>
public sealed class TimerJobs(TimerFiring firing, TimerSweep sweep, OutboxDispatcher outbox)
{
    public Task<bool> FireAsync(long timerId) => firing.FireAsync(timerId, CancellationToken.None);

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public Task<SweepResult> SweepAsync() => sweep.RunAsync(CancellationToken.None);

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public Task<int> DrainOutboxAsync() => outbox.DrainAsync(500, CancellationToken.None);
}

/// <summary>Schedules a timer's delayed job through this host's own Hangfire client.</summary>
public sealed class HangfireTimerScheduler(IBackgroundJobClient jobs) : ITimerJobScheduler
{
    public void Schedule(long timerId, TimeSpan delay) => jobs.Schedule<TimerJobs>(j => j.FireAsync(timerId), delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
}

public sealed class HangfireOptions
{
    /// <summary>Run a job server in this process (a pure API node may leave it off).</summary>
    public bool Server { get; set; } = true;
    /// <summary>Few workers on SQLite (docs/decisions.md, decision 14).</summary>
    public int Workers { get; set; } = 2;
}

/// <summary>
/// Hangfire configured per host (docs/decisions.md, decision 15): the storage is a singleton of this host's container, never the static
/// JobStorage.Current, so two hosts (two test servers) never share jobs. In-memory storage on SQLite — the timer table is
/// the truth and the sweep catches up after a restart; the database's own storage on PostgreSQL and SQL Server.
/// </summary>
public static class BackgroundJobsSetup
{
    public const string SweepJob = "timer-sweep";
    public const string OutboxJob = "outbox-drain";

    public static IServiceCollection AddCaseFlowJobs(this IServiceCollection services, DatabaseOptions database, HangfireOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<JobStorage>(_ => database.Provider.ToLowerInvariant() switch
        {
            "sqlserver" => new SqlServerStorage(() => new SqlConnection(database.ConnectionString), new SqlServerStorageOptions { PrepareSchemaIfNecessary = true }),
            "postgresql" or "postgres" => new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions()),
            _ => new InMemoryStorage(),
        });
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<ITimerJobScheduler, HangfireTimerScheduler>();
        // What the dashboard middleware looks up. Not AddHangfire: it hooks the first host's logger factory into Hangfire's
        // static log provider, which breaks every later host in the process (tests) once the first is disposed.
        services.AddSingleton<IGlobalConfiguration>(GlobalConfiguration.Configuration);
        services.AddSingleton(DashboardRoutes.Routes);
        services.AddTimerSweep();
        services.AddScoped<TimerJobs>();
        services.AddScoped<DailyReportJob>();
        services.AddScoped<RateDayJob>();
        if (options.Server) services.AddHostedService<JobServerHost>();
        return services;
    }

    public static void UseCaseFlowJobs(this WebApplication app)
    {
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<TimerJobs>(SweepJob, j => j.SweepAsync(), Cron.Minutely());
        recurring.AddOrUpdate<TimerJobs>(OutboxJob, j => j.DrainOutboxAsync(), Cron.Minutely());
        recurring.AddOrUpdate<RateDayJob>(RateDayJob.Id, j => j.RunAsync(), "5 * * * *");
        // 每日报表 after midnight in Beijing, whatever the server's own zone (README "Reports (效能监管)").
        recurring.AddOrUpdate<DailyReportJob>(DailyReportJob.Id, j => j.RunAsync(), app.Services.GetRequiredService<DailyReportOptions>().Cron,
            new RecurringJobOptions { TimeZone = CaseFlow.Domain.Common.DomainClock.ChinaTime });
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            AsyncAuthorization = [new AdminOnlyDashboard()],
            DashboardTitle = "CaseFlow 后台任务",
            DisplayStorageConnectionString = false,
        }, app.Services.GetRequiredService<JobStorage>());
    }
}

/// <summary>
/// The job server as a hosted service of this host, with jobs resolved from a DI scope each. It enqueues one sweep as it
/// starts: timers that fell due while no server ran fire at once, not at the next minutely sweep — on a worker, off the
/// request path, so readiness does not wait for it (docs/architecture.md, "A timer's path"); and one catch-up of the rates' daily
/// summaries (RateDayJob).
/// </summary>
public sealed class JobServerHost(JobStorage storage, IServiceScopeFactory scopes, HangfireOptions options, IBackgroundJobClient jobs)
    : IHostedService, IAsyncDisposable
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = options.Workers,
            Activator = new ScopedJobActivator(scopes),
            SchedulePollingInterval = TimeSpan.FromSeconds(5),
        }, storage);
        jobs.Enqueue<TimerJobs>(j => j.SweepAsync());
        jobs.Enqueue<RateDayJob>(j => j.RunAsync());
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null) return;
        _server.SendStop();
        try
        {
            await _server.WaitForShutdownAsync(cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // Hangfire disposes a dispatcher's wait handle when it finishes; a wait that starts just after finds it gone
            // (seen when a host stops a second after start, with start-up jobs just done): the server has stopped.
        }
    }

    public ValueTask DisposeAsync()
    {
        _server?.Dispose();
        _server = null;
        return ValueTask.CompletedTask;
    }
}

public sealed class ScopedJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateScope());

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.Dispose();
    }
}

/// <summary>/hangfire is for administrators only (signed in by cookie in a browser).</summary>
public sealed class AdminOnlyDashboard : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.Identity?.IsAuthenticated != true) return false;
        try
        {
            return (await http.RequestServices.GetRequiredService<Auth.ActorAccessor>().GetAsync(http.RequestAborted)).IsAdmin;
        }
        catch (CaseFlow.Domain.Common.DomainForbiddenException)
        {
            return false;
        }
    }
}
