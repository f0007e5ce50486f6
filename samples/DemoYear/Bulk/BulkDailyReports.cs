using System.Text.Json;
using CaseFlow.Domain.Reports;
using Microsoft.Data.Sqlite;

namespace CaseFlow.DemoYear.Bulk;

/// <summary>
/// The rows the bulk year leaves beside its cases: the case-number counters (so later intake continues them) and the stored
/// 每日报表 of every supervised province for each past day, from the day's tallies — as the daily job would have caught them
/// up (<c>live: null</c>); the time cut, which needs the work calendar, is left empty there.
/// </summary>
public static class BulkDailyReports
{
    /// <summary>Returns the (unit, day) of every daily report stored.</summary>
    public static List<(long Unit, DateOnly Day)> Write(SqliteConnection connection, Dictionary<string, int> sequences, Tallies tallies, Dictionary<long, long> roots, DateTime nowUtc)
    {
        var stored = new List<(long Unit, DateOnly Day)>();
        using var transaction = connection.BeginTransaction();
        BulkSql.InsertSequences(connection, transaction, sequences);
        var supervised = new List<long>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """SELECT DISTINCT "OrgUnitId" FROM "Memberships" WHERE "Role" = 'supervisor' """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) supervised.Add(reader.GetInt64(0));
        }
        var today = BulkClock.Day(nowUtc);
        using (var insert = new PreparedInsert(connection, "DailyReports", ["OrgUnitId", "Date", "FiguresJson", "ComputedAtUtc"]))
        {
            insert.Begin(transaction);
            // Only provinces (roots) have a tally of their own; the demo's supervisors sit there.
            foreach (var unit in supervised.Where(u => roots.GetValueOrDefault(u) == u))
                foreach (var ((province, day), tally) in tallies.Units.Where(e => e.Key.Unit == unit && e.Key.Day < today).OrderBy(e => e.Key.Day))
                {
                    insert.Clear();
                    insert["OrgUnitId"] = province;
                    insert["Date"] = day;
                    insert["FiguresJson"] = JsonSerializer.Serialize(new DailyFigures(Figures(tally), null), DailyFigures.Json);
                    insert["ComputedAtUtc"] = DateTime.SpecifyKind(day.AddDays(1).ToDateTime(new TimeOnly(0, 10)), DateTimeKind.Utc) - BulkClock.ChinaOffset;
                    insert.Execute();
                    stored.Add((province, day));
                }
        }
        transaction.Commit();
        return stored;
    }

    private static RateFigures Figures(DayTally t) => new(
        t.Received, t.Finished, t.NotAccepted, t.WithinCommitted, Share(t.WithinCommitted, t.Finished), t.WithinStatutory, Share(t.WithinStatutory, t.Finished),
        0, null, null, t.Immediate, Share(t.Immediate, t.Finished), t.FullyOnline, Share(t.FullyOnline, t.Finished),
        t.Trips, Share(t.Trips, t.Finished), t.Supplemented, Share(t.Supplemented, t.Finished), t.DeemedAccepted, t.Extensions, t.ClockStops);

    private static double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4, MidpointRounding.AwayFromZero);
}
