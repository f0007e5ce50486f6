using CaseFlow.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Data.Tests;

public sealed class SqliteMigrationTests
{
    [Fact]
    public async Task Migrates_a_fresh_file_and_runs_in_WAL_mode()
    {
        using var temp = new TempDatabase();
        Directory.Exists(Path.GetDirectoryName(temp.FilePath)).ShouldBeFalse();

        await using var provider = new ServiceCollection()
            .AddCaseFlowData(new DatabaseOptions { Provider = "Sqlite", ConnectionString = temp.ConnectionString })
            .BuildServiceProvider();
        Directory.Exists(Path.GetDirectoryName(temp.FilePath)).ShouldBeTrue("AddCaseFlowData creates the Data Source folder");

        await provider.MigrateCaseFlowDatabaseAsync();
        File.Exists(temp.FilePath).ShouldBeTrue();

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
            (await db.Cases.CountAsync()).ShouldBe(0);

            // A connection opened by EF gets the interceptor's pragmas.
            await db.Database.OpenConnectionAsync();
            try
            {
                var connection = db.Database.GetDbConnection();
                (await ScalarAsync(connection, "PRAGMA journal_mode")).ShouldBe("wal");
                (await ScalarAsync(connection, "PRAGMA busy_timeout")).ShouldBe("5000");
                (await ScalarAsync(connection, "PRAGMA synchronous")).ShouldBe("1"); // NORMAL
                (await ScalarAsync(connection, "PRAGMA foreign_keys")).ShouldBe("1");
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        // WAL is a property of the file: a plain connection sees it too.
        await using var plain = new SqliteConnection($"{temp.ConnectionString};Pooling=False");
        await plain.OpenAsync();
        (await ScalarAsync(plain, "PRAGMA journal_mode")).ShouldBe("wal");
    }

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        using var temp = new TempDatabase();
        await using var provider = new ServiceCollection()
            .AddCaseFlowData(new DatabaseOptions { Provider = "sqlite", ConnectionString = temp.ConnectionString })
            .BuildServiceProvider();

        await provider.MigrateCaseFlowDatabaseAsync();
        await provider.MigrateCaseFlowDatabaseAsync();

        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
