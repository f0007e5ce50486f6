using CaseFlow.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseFlow.Data.Sqlite;

/// <summary>The SQLite flavour of <see cref="CaseFlowDbContext"/>; owns the migrations under Migrations/Sqlite.</summary>
public sealed class SqliteCaseFlowDbContext(DbContextOptions<SqliteCaseFlowDbContext> options) : CaseFlowDbContext(options);

/// <summary>Used by <c>dotnet ef</c> only: builds the context without a host and without touching the file.</summary>
public sealed class SqliteCaseFlowDbContextFactory : IDesignTimeDbContextFactory<SqliteCaseFlowDbContext>
{
    public const string DesignConnectionString = "Data Source=data/design.db";

    public SqliteCaseFlowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCaseFlowDbContext>()
            .UseSqlite(DesignConnectionString, DataServiceCollectionExtensions.ConfigureSqlite)
            .Options);
}
