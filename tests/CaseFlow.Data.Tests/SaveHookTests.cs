using CaseFlow.Domain;
using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Timers;
using CaseFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Data.Tests;

/// <summary>The save hooks the domain registers, through a real context on a SQLite file: version bumps and timer jobs.</summary>
public sealed class SaveHookTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_timer_due_within_the_horizon_gets_its_job_once_the_audited_save_committed(bool async)
    {
        using var temp = new TempDatabase();
        var scheduler = new RecordingScheduler();
        await using var provider = await ProviderAsync(temp, scheduler);
        scheduler.Provider = provider;

        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var soon = Timer(Now.UtcDateTime.AddHours(2));
        var later = Timer(Now.UtcDateTime.AddDays(3));
        db.Timers.AddRange(soon, later);
        // An audited row in the same save: the audit hook runs it in a transaction of its own.
        db.Definitions.Add(new WorkflowDefinitionRecord { DefinitionId = "probe", DefinitionVersion = 1, Name = "探针", Json = "{}", ContentHash = "x" });
        if (async) await db.SaveChangesAsync();
        else db.SaveChanges();

        scheduler.Jobs.ShouldBe([(soon.Id, TimeSpan.FromHours(2), true)], "one job, for the timer due soon, seen committed by another connection");
        soon.JobScheduled.ShouldBeTrue();
        later.JobScheduled.ShouldBeFalse("the sweep schedules it when it comes near");
        (await db.Timers.AsNoTracking().SingleAsync(t => t.Id == soon.Id)).JobScheduled.ShouldBeTrue("marked before the write");
    }

    [Fact]
    public async Task A_failed_save_schedules_no_job()
    {
        using var temp = new TempDatabase();
        var scheduler = new RecordingScheduler();
        await using var provider = await ProviderAsync(temp, scheduler, key: false);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        db.Timers.Add(Timer(Now.UtcDateTime.AddHours(1)));
        db.Definitions.Add(new WorkflowDefinitionRecord { DefinitionId = "probe", DefinitionVersion = 1, Name = "探针", Json = "{}", ContentHash = "x" });

        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        scheduler.Jobs.ShouldBeEmpty();
        (await db.Timers.AsNoTracking().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_modified_versioned_row_is_bumped_and_a_stale_copy_then_conflicts()
    {
        using var temp = new TempDatabase();
        await using var provider = await ProviderAsync(temp, new RecordingScheduler());
        long id;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            var timer = Timer(Now.UtcDateTime.AddDays(3));
            db.Timers.Add(timer);
            db.SaveChanges();
            id = timer.Id;
        }

        await using var first = provider.CreateAsyncScope();
        await using var second = provider.CreateAsyncScope();
        var winner = first.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var loser = second.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var fired = await winner.Timers.SingleAsync(t => t.Id == id);
        var stale = await loser.Timers.SingleAsync(t => t.Id == id);

        fired.Fire(Now.UtcDateTime);
        winner.SaveChanges();
        fired.Version.ShouldBe(1);
        (await loser.Timers.AsNoTracking().SingleAsync(t => t.Id == id)).Version.ShouldBe(1, "the bump is written, not only counted");

        stale.Cancel(Now.UtcDateTime);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => loser.SaveChangesAsync());
    }

    private static TimerRecord Timer(DateTime dueAtUtc) => new()
    {
        Kind = TimerKind.WorkflowDelay,
        InstanceId = "i1",
        BookmarkId = "b" + dueAtUtc.Ticks,
        DueAtUtc = dueAtUtc,
        CreatedAtUtc = Now.UtcDateTime,
    };

    private static async Task<ServiceProvider> ProviderAsync(TempDatabase temp, RecordingScheduler scheduler, bool key = true)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ITimerJobScheduler>(scheduler)
            .AddCaseFlowData(new DatabaseOptions { Provider = "Sqlite", ConnectionString = temp.ConnectionString })
            .AddCaseFlowDomain(new FakeTimeProvider(Now));
        if (key) services.AddSingleton(AuditKey.CreateEphemeral());
        var provider = services.BuildServiceProvider();
        await provider.MigrateCaseFlowDatabaseAsync();
        return provider;
    }

    /// <summary>Records each job, and whether its timer is already visible to a connection of its own (committed).</summary>
    private sealed class RecordingScheduler : ITimerJobScheduler
    {
        public IServiceProvider? Provider { get; set; }

        public List<(long TimerId, TimeSpan Delay, bool Committed)> Jobs { get; } = [];

        public void Schedule(long timerId, TimeSpan delay)
        {
            using var scope = Provider!.CreateScope();
            var committed = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>().Timers.AsNoTracking().Any(t => t.Id == timerId);
            Jobs.Add((timerId, delay, committed));
        }
    }
}
