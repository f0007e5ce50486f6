using System.Diagnostics;
using System.Globalization;
using CaseFlow.TestSupport;
using Microsoft.Data.Sqlite;

namespace CaseFlow.DemoYear.Bulk;

/// <summary>
/// The rates' daily summaries of a bulk year (docs/decisions.md, decision 34) are made by the server itself, not by raw SQL:
/// it is started on the file with its clock held at the year's end, its rate-days job catches every past day up as the job
/// server starts, and this waits until every day from the first receipt to the day before the year's end has its summary.
/// </summary>
public static class BulkRateDays
{
    public static async Task SummariseAsync(string file, DateTime nowUtc, TimeSpan timeout)
    {
        if (Missing(file, nowUtc) == 0) return;
        var watch = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("caseflow-bulk-days-").FullName;
        var clockFile = Path.Combine(folder, "clock");
        void HoldClock() => File.WriteAllText(clockFile, (nowUtc - DateTime.UtcNow).ToString("c", CultureInfo.InvariantCulture));
        try
        {
            HoldClock();
            await using (await ServerProcess.StartAsync(folder, file, TimeSpan.FromMinutes(3), "--Logging:LogLevel:Default=Warning", $"--Development:ClockFile={clockFile}"))
            {
                long missing;
                while ((missing = Missing(file, nowUtc)) > 0)
                {
                    if (watch.Elapsed > timeout)
                        throw new TimeoutException($"The server summarised the rates of all but {missing} past days of {file} within {timeout}.");
                    HoldClock();
                    await Task.Delay(TimeSpan.FromSeconds(2));
                }
            }
            Console.WriteLine($"bulk: the rates of every past day summarised in {watch.Elapsed.TotalSeconds:F0} s");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>How many days from the first receipt to the day before <paramref name="nowUtc"/> (Beijing) have no summary yet.</summary>
    private static long Missing(string file, DateTime nowUtc)
    {
        using var connection = BulkSql.Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT MIN("ReceivedAtUtc") FROM "Cases" """;
        if (command.ExecuteScalar() is not string first) return 0;
        var from = BulkClock.Day(DateTime.Parse(first, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
        var yesterday = BulkClock.Day(nowUtc).AddDays(-1);
        var days = yesterday.DayNumber - from.DayNumber + 1;
        // A file from before the summaries has no table yet: the server's migration adds it.
        command.CommandText = """SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'RateDays'""";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0) return days;
        command.CommandText = """SELECT COUNT(*) FROM "RateDays" WHERE "Day" >= $from AND "Day" <= $to""";
        command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return days - Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
