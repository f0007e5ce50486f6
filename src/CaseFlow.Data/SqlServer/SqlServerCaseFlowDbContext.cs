using CaseFlow.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseFlow.Data.SqlServer;

/// <summary>The SQL Server flavour of <see cref="CaseFlowDbContext"/>; owns the migrations under Migrations/SqlServer.</summary>
public sealed class SqlServerCaseFlowDbContext(DbContextOptions<SqlServerCaseFlowDbContext> options) : CaseFlowDbContext(options);

/// <summary>Used by <c>dotnet ef</c> only: no server is contacted to add a migration.</summary>
public sealed class SqlServerCaseFlowDbContextFactory : IDesignTimeDbContextFactory<SqlServerCaseFlowDbContext>
{
    public const string DesignConnectionString = "Server=localhost;Database=CaseFlow;Trusted_Connection=True;TrustServerCertificate=True";

    public SqlServerCaseFlowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCaseFlowDbContext>()
            .UseSqlServer(DesignConnectionString, DataServiceCollectionExtensions.ConfigureSqlServer)
            .Options);
}
