using CaseFlow.Domain;
using CaseFlow.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Data.Tests;

/// <summary>The migrations on a real PostgreSQL (a throwaway cluster, see <see cref="PostgresCluster"/>): never skipped.</summary>
public sealed class PostgreSqlMigrationTests
{
    [Fact]
    public async Task Migrates_a_fresh_database_and_a_second_migrate_changes_nothing()
    {
        var connectionString = PostgresCluster.Shared.CreateDatabase("migrate");
        try
        {
            await using var provider = new ServiceCollection()
                .AddCaseFlowData(new DatabaseOptions { Provider = "PostgreSql", ConnectionString = connectionString })
                .BuildServiceProvider();
            await provider.MigrateCaseFlowDatabaseAsync();
            await provider.MigrateCaseFlowDatabaseAsync();

            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(db.Database.GetMigrations().Count());
            (await db.Cases.CountAsync()).ShouldBe(0);
            db.Database.ProviderName.ShouldBe("Npgsql.EntityFrameworkCore.PostgreSQL");
        }
        finally
        {
            PostgresCluster.Shared.DropDatabase(connectionString);
        }
    }
}
