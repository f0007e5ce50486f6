using CaseFlow.Domain;
using CaseFlow.Data.PostgreSql;
using CaseFlow.Data.Sqlite;
using CaseFlow.Data.SqlServer;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Data.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void Unknown_provider_is_rejected_with_its_name()
    {
        var ex = Should.Throw<ArgumentException>(() => new ServiceCollection()
            .AddCaseFlowData(new DatabaseOptions { Provider = "Oracle", ConnectionString = "Data Source=whatever" }));

        ex.Message.ShouldContain("'Oracle'");
        ex.Message.ShouldContain("Sqlite");
        ex.Message.ShouldContain("PostgreSql");
        ex.Message.ShouldContain("SqlServer");
    }

    [Theory]
    [InlineData("sqlite", typeof(SqliteCaseFlowDbContext))]
    [InlineData("SQLITE", typeof(SqliteCaseFlowDbContext))]
    [InlineData("PostgreSql", typeof(PostgreSqlCaseFlowDbContext))]
    [InlineData("postgres", typeof(PostgreSqlCaseFlowDbContext))]
    [InlineData("SqlServer", typeof(SqlServerCaseFlowDbContext))]
    [InlineData("sqlserver", typeof(SqlServerCaseFlowDbContext))]
    public void Provider_name_is_case_insensitive_and_registers_a_scoped_context(string providerName, Type expected)
    {
        using var temp = new TempDatabase();
        var connectionString = expected == typeof(SqliteCaseFlowDbContext)
            ? temp.ConnectionString
            : "Host=localhost;Server=localhost;Database=x";
        var services = new ServiceCollection().AddCaseFlowData(new DatabaseOptions { Provider = providerName, ConnectionString = connectionString });

        services.Single(d => d.ServiceType == typeof(CaseFlowDbContext)).Lifetime.ShouldBe(ServiceLifetime.Scoped);
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>().ShouldBeOfType(expected);
    }

    [Fact]
    public void Empty_connection_string_is_rejected()
    {
        Should.Throw<ArgumentException>(() => new ServiceCollection()
            .AddCaseFlowData(new DatabaseOptions { Provider = "Sqlite", ConnectionString = " " }));
    }
}
