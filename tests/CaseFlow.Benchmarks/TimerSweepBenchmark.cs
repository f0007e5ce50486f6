using System.Diagnostics;
using CaseFlow.Domain;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Timers;
using CaseFlow.Data;
using CaseFlow.Server.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Benchmarks;

/// <summary>What <see cref="TimerSweepBenchmark"/> measured.</summary>
public sealed record TimerSweepFigures(
    int Pending, int Due, int Batch, double FindMedianMs, int FindRuns, TimeSpan SweepFindDue, int SweepQueries, int Fired, TimeSpan FireElapsed)
{
    public double FiredPerSecond => Fired / FireElapsed.TotalSeconds;
}

/// <summary>
/// The timer sweep on SQLite (a fresh file) with many pending timers: how long its query takes to find the due ones, and how
/// many timers per second it fires. Rows are seeded with raw inserts; the sweep and the firing are the production code.
/// </summary>
public static class TimerSweepBenchmark
{
    /// <summary>The sweep's batch (the server's TimerSweep.Batch is private): the find query takes this many ids at a time.</summary>
    private const int Batch = 500;
    private const int RowsPerTransaction = 10_000;
    private const int FindRuns = 21; // odd, so the median is one measured run

    private static readonly DateTime Start = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Spread = TimeSpan.FromDays(30);

    public static async Task<TimerSweepFigures> RunAsync(int pending)
    {
        var due = pending / 100;
        // Due times are Start + Spread·(k+1)/pending for k = 0…pending-1, so exactly `due` of them are <= this instant.
        var measuringInstant = Start.AddTicks(Spread.Ticks * due / pending);
        var file = Path.Combine(Path.GetTempPath(), $"caseflow-bench-timers-{Guid.NewGuid():N}.db");
        var time = new SettableTime(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCaseFlowData(new DatabaseOptions { Provider = "Sqlite", ConnectionString = $"Data Source={file}" });
        services.AddCaseFlowDomain(time);
        services.AddTimerSweep();
        try
        {
            await using var provider = services.BuildServiceProvider();
            await provider.MigrateCaseFlowDatabaseAsync();
            Seed(file, pending);
            var sweep = provider.GetRequiredService<TimerSweep>();
            var clock = provider.GetRequiredService<DomainClock>();

            // Warm-up at Start: only the extra warm-up timer is due, so EF compiles the sweep's and the firing's queries
            // before anything is timed, and exactly `pending` timers stay pending.
            var warmUp = await sweep.RunAsync(CancellationToken.None);
            if (warmUp.Fired != 1) throw new InvalidOperationException($"Warm-up sweep fired {warmUp.Fired} timers, expected 1.");

            time.Now = measuringInstant;
            var findMs = new List<double>();
            for (var run = 0; run < FindRuns; run++)
            {
                // Timed like the sweep times itself (SweepResult.FindDue): scope, context and the query.
                var watch = Stopwatch.StartNew();
                await using var scope = provider.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
                var now = clock.UtcNow;
                var ids = await db.Timers.AsNoTracking().Where(t => t.State == TimerState.Pending && t.DueAtUtc <= now)
                    .OrderBy(t => t.DueAtUtc).Select(t => t.Id).Take(Batch).ToListAsync();
                findMs.Add(watch.Elapsed.TotalMilliseconds);
                if (ids.Count != Math.Min(Batch, due)) throw new InvalidOperationException($"Find query returned {ids.Count} ids, expected {Math.Min(Batch, due)}.");
            }
            findMs.Sort();

            var fireWatch = Stopwatch.StartNew();
            var result = await sweep.RunAsync(CancellationToken.None);
            var fireElapsed = fireWatch.Elapsed;
            if (result.Due != due || result.Fired != due)
                throw new InvalidOperationException($"Sweep found {result.Due} and fired {result.Fired} timers, expected {due}.");
            // Seeded with JobScheduled set, so the sweep's scheduling pass has nothing to do and the time is the firing.
            if (result.Scheduled != 0) throw new InvalidOperationException($"Sweep scheduled {result.Scheduled} jobs, expected none.");
            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
                var now = clock.UtcNow;
                var stillDue = await db.Timers.CountAsync(t => t.State == TimerState.Pending && t.DueAtUtc <= now);
                var fired = await db.Timers.CountAsync(t => t.State == TimerState.Fired);
                var left = await db.Timers.CountAsync(t => t.State == TimerState.Pending);
                if (stillDue != 0 || fired != due + 1 || left != pending - due)
                    throw new InvalidOperationException($"After the sweep: {stillDue} due still pending, {fired} fired, {left} pending.");
            }
            // One find query per batch, plus the one that comes back empty.
            var sweepQueries = (due + Batch - 1) / Batch + 1;
            return new TimerSweepFigures(pending, due, Batch, findMs[FindRuns / 2], FindRuns, result.FindDue, sweepQueries, result.Fired, fireElapsed);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        }
    }

    /// <summary>
    /// `pending` WorkflowDelay timers spread over 30 days after Start, plus one warm-up timer due at Start. Their bookmarks do
    /// not exist, so firing one only marks it fired (TimerFiring); no case, clock or task (foreign keys stay NULL).
    /// </summary>
    private static void Seed(string file, int pending)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        connection.Open();
        using var insert = connection.CreateCommand();
        // JobScheduled = 1: the steady state, where timers due within the horizon already have their jobs; the sweep then
        // fires only the due ones (jobs lost or late) and its scheduling pass adds nothing to the timed run.
        insert.CommandText = """
            INSERT INTO "Timers" ("Kind", "CaseId", "ClockId", "TaskId", "InstanceId", "BookmarkId", "Sequence", "DueAtUtc", "State",
                                  "CreatedAtUtc", "ClosedAtUtc", "JobScheduled", "Version")
            VALUES ('WorkflowDelay', NULL, NULL, NULL, $instance, $bookmark, 0, $due, 'Pending', $created, NULL, 1, 0)
            """;
        var instance = insert.Parameters.Add("$instance", SqliteType.Text);
        var bookmark = insert.Parameters.Add("$bookmark", SqliteType.Text);
        // DateTime values bound as Microsoft.Data.Sqlite formats them, the same text EF stores and compares against.
        var dueAt = insert.Parameters.Add("$due", SqliteType.Text);
        insert.Parameters.AddWithValue("$created", Start.AddDays(-1));

        // Inserted in a shuffled order: timers are created in any order, so ids do not follow due times.
        var order = Enumerable.Range(0, pending).ToArray();
        new Random(42).Shuffle(order);
        var rows = new List<(string Bookmark, DateTime Due)>(pending + 1) { ("bench-warm-up", Start) };
        rows.AddRange(order.Select(k => ($"bench-{k}", Start.AddTicks(Spread.Ticks * (k + 1) / pending))));

        for (var first = 0; first < rows.Count; first += RowsPerTransaction)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            if (first == 0) insert.Prepare();
            foreach (var (name, due) in rows.Skip(first).Take(RowsPerTransaction))
            {
                instance.Value = "bench-instance";
                bookmark.Value = name;
                dueAt.Value = due;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    /// <summary>The domain clock, set by the benchmark (no package for a fake TimeProvider).</summary>
    private sealed class SettableTime(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}
