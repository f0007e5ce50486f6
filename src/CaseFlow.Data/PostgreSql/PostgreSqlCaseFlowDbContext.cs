using CaseFlow.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseFlow.Data.PostgreSql;

/// <summary>The PostgreSQL flavour of <see cref="CaseFlowDbContext"/>; owns the migrations under Migrations/PostgreSql.</summary>
public sealed class PostgreSqlCaseFlowDbContext(DbContextOptions<PostgreSqlCaseFlowDbContext> options) : CaseFlowDbContext(options);

/// <summary>Used by <c>dotnet ef</c> only: no server is contacted to add a migration.</summary>
public sealed class PostgreSqlCaseFlowDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlCaseFlowDbContext>
{
    public const string DesignConnectionString = "Host=localhost;Database=caseflow;Username=caseflow;Password=caseflow";

    public PostgreSqlCaseFlowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCaseFlowDbContext>()
            .UseNpgsql(DesignConnectionString, DataServiceCollectionExtensions.ConfigurePostgreSql)
            .Options);
}
