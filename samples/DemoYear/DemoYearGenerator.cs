using System.Diagnostics;
using CaseFlow.Domain.Calendar;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.DemoYear;

/// <summary>
/// The demo year, small set (README "Reports (效能监管)"): the real server in-process on the target database with a fake
/// domain clock; the generator walks the simulated days, takes applications in at four windows, works the inboxes as the
/// demo users and a few staff, hands in supplements and signs for mail, and runs the timer sweep and the daily report as
/// time passes — everything through the HTTP API, so every figure comes from the domain as in production.
/// </summary>
public static class DemoYearGenerator
{
    public static async Task<int> MainAsync(string[] args)
    {
        DemoYearOptions options;
        try { options = DemoYearOptions.Parse(args); }
        catch (ArgumentException ex) { await Console.Error.WriteLineAsync(ex.Message); return 2; }
        if (CountCases(options.DatabasePath) is > 0 and var held && !options.Force)
        {
            await Console.Error.WriteLineAsync($"{options.DatabasePath} already holds {held} cases: refusing to add a year to it. " +
                "Give another --db, or --force to delete that database and generate a fresh one (the audit key file is kept).");
            return 3;
        }
        var result = await RunAsync(options, options.Quiet ? null : Console.Out);
        Console.WriteLine(result.Describe(options));
        return 0;
    }

    /// <summary>Generates the period into <see cref="DemoYearOptions.DatabasePath"/> (replaced when it exists) and answers the figures.</summary>
    public static async Task<DemoYearResult> RunAsync(DemoYearOptions options, TextWriter? log)
    {
        var watch = Stopwatch.StartNew();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(options.DatabasePath + suffix)) File.Delete(options.DatabasePath + suffix);
        Directory.CreateDirectory(Path.GetDirectoryName(options.DatabasePath)!);

        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var realNow = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(realNow, zone).DateTime);
        var first = today.AddDays(-options.Days);
        var time = new FakeTimeProvider(At(first, 0, 5, zone));

        await using var host = DemoHost.Create(options, time);
        var staff = await Staff.SignInAsync(host);
        log?.WriteLine($"server started on {options.DatabasePath}, staff signed in ({watch.Elapsed.TotalSeconds:F1} s); simulating {first:yyyy-MM-dd} .. {today.AddDays(-1):yyyy-MM-dd}");
        var calendar = host.Services.GetRequiredService<WorkCalendarProvider>().Current;
        var book = new YearBook(new Random(options.Seed), staff, calendar, log);
        var days = new SimulatedDays(host, time, zone, book);
        await days.RunAsync(first, today.AddDays(-1));

        // The end: the real present, so the server started afterwards on the real clock carries on from here.
        if (DateTimeOffset.UtcNow > time.GetUtcNow()) time.SetUtcNow(DateTimeOffset.UtcNow);
        await days.TimersAndDailyReportAsync();
        return await DemoYearResult.CollectAsync(staff, book, first, today, watch.Elapsed);
    }

    internal static DateTimeOffset At(DateOnly day, int hour, int minute, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), zone), TimeSpan.Zero);

    /// <summary>The cases an existing database holds (0 when there is no file or no schema yet).</summary>
    private static long CountCases(string path)
    {
        if (!File.Exists(path)) return 0;
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'Cases'";
        if ((long)command.ExecuteScalar()! == 0) return 0;
        command.CommandText = "SELECT COUNT(*) FROM \"Cases\"";
        return (long)command.ExecuteScalar()!;
    }
}
