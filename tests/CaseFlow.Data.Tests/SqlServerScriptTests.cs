using CaseFlow.Data.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CaseFlow.Data.Tests;

/// <summary>
/// The idempotent SQL Server script a DBA runs (`dotnet ef migrations script --idempotent`, see the README's "Production"):
/// generated from the committed migrations without a server, parsed as T-SQL, every migration guarded by its history row.
/// </summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void Idempotent_script_parses_as_TSql_and_guards_every_migration()
    {
        using var db = new SqlServerCaseFlowDbContextFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);
        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();

        var migrations = db.Database.GetMigrations().ToList();
        migrations.ShouldNotBeEmpty();
        foreach (var id in migrations)
            script.ShouldContain($"IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]\n    WHERE [MigrationId] = N'{id}'\n)".ReplaceLineEndings(), Case.Sensitive,
                $"{id} is not guarded by its history row");
    }
}
