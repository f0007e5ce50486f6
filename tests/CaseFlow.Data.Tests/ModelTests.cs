using CaseFlow.Domain;
using CaseFlow.Data.PostgreSql;
using CaseFlow.Data.Sqlite;
using CaseFlow.Data.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Data.Tests;

/// <summary>
/// The committed migrations match the current model for every provider. If one of these fails, the model in
/// CaseFlow.Domain changed: run src/CaseFlow.Data/add-migration.sh NAME (no database server needed).
/// </summary>
public sealed class ModelTests
{
    // Dummy connection strings: nothing here opens a connection.
    private const string PostgreSqlConnection = "Host=localhost;Database=caseflow_test;Username=caseflow;Password=caseflow";
    private const string SqlServerConnection = "Server=localhost;Database=CaseFlowTest;Trusted_Connection=True;TrustServerCertificate=True";

    [Fact]
    public void Sqlite_model_has_no_pending_changes()
    {
        using var temp = new TempDatabase();
        AssertNoPendingChanges<SqliteCaseFlowDbContext>("Sqlite", temp.ConnectionString);
        File.Exists(temp.FilePath).ShouldBeFalse("checking the model must not create the database");
    }

    [Fact]
    public void PostgreSql_model_has_no_pending_changes() =>
        AssertNoPendingChanges<PostgreSqlCaseFlowDbContext>("PostgreSql", PostgreSqlConnection);

    [Fact]
    public void SqlServer_model_has_no_pending_changes() =>
        AssertNoPendingChanges<SqlServerCaseFlowDbContext>("SqlServer", SqlServerConnection);

    [Fact]
    public void Design_time_factories_build_the_same_model_as_AddCaseFlowData()
    {
        using (var db = new SqliteCaseFlowDbContextFactory().CreateDbContext([]))
            db.Database.HasPendingModelChanges().ShouldBeFalse();
        using (var db = new PostgreSqlCaseFlowDbContextFactory().CreateDbContext([]))
            db.Database.HasPendingModelChanges().ShouldBeFalse();
        using (var db = new SqlServerCaseFlowDbContextFactory().CreateDbContext([]))
            db.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    /// <summary>
    /// docs/decisions.md, decision 13: indexed string columns are bounded. SQL Server cannot index nvarchar(max), and would only say
    /// so when the migration runs against a real server, so check the model here.
    /// </summary>
    [Fact]
    public void SqlServer_has_no_unbounded_string_in_a_key_or_index()
    {
        using var provider = new ServiceCollection()
            .AddCaseFlowData(new DatabaseOptions { Provider = "SqlServer", ConnectionString = SqlServerConnection })
            .BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var model = db.GetService<IDesignTimeModel>().Model;

        var unbounded = model.GetEntityTypes()
            .SelectMany(t => t.GetIndexes().Select(i => (Owner: $"index {i.GetDatabaseName()}", i.Properties))
                .Concat(t.GetKeys().Select(k => (Owner: $"key {k.GetName()}", k.Properties)))
                .Concat(t.GetForeignKeys().Select(f => (Owner: $"foreign key {f.GetConstraintName()}", f.Properties))))
            .SelectMany(x => x.Properties.Select(p => (x.Owner, Property: p)))
            .Where(x => x.Property.ClrType == typeof(string)
                        && (x.Property.GetColumnType() ?? "").Contains("max", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{x.Owner}: {x.Property.DeclaringType.DisplayName()}.{x.Property.Name} ({x.Property.GetColumnType()})")
            .Distinct()
            .ToList();

        unbounded.ShouldBeEmpty();
    }

    /// <summary>Each entity's configuration lives beside it: a new entity without one is caught here, not in review.</summary>
    [Fact]
    public void Every_entity_has_its_configuration_class_in_its_own_namespace()
    {
        using var db = new SqliteCaseFlowDbContextFactory().CreateDbContext([]);
        var domain = typeof(CaseFlowDbContext).Assembly;
        var missing = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.ClrType.Assembly == domain)
            .Select(t => t.ClrType)
            .Where(clr => domain.GetType($"{clr.Namespace}.{clr.Name}Configuration") is not { } configuration
                          || !typeof(IEntityTypeConfiguration<>).MakeGenericType(clr).IsAssignableFrom(configuration))
            .Select(clr => clr.FullName)
            .ToList();

        missing.ShouldBeEmpty();
    }

    private static void AssertNoPendingChanges<TContext>(string providerName, string connectionString)
        where TContext : CaseFlowDbContext
    {
        using var provider = new ServiceCollection()
            .AddCaseFlowData(new DatabaseOptions { Provider = providerName, ConnectionString = connectionString })
            .BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();

        db.ShouldBeOfType<TContext>();
        db.Database.GetMigrations().ShouldNotBeEmpty($"no migrations for {providerName}: run src/CaseFlow.Data/add-migration.sh NAME");
        db.Database.HasPendingModelChanges()
            .ShouldBeFalse($"the {providerName} migrations are behind the model: run src/CaseFlow.Data/add-migration.sh NAME");
    }
}
