using CaseFlow.Domain;
using CaseFlow.Domain.Common;
using CaseFlow.Data.PostgreSql;
using CaseFlow.Data.Sqlite;
using CaseFlow.Data.SqlServer;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace CaseFlow.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Every provider's migrations live in this assembly, each under Migrations/&lt;Provider&gt;.</summary>
    public static readonly string MigrationsAssemblyName = typeof(DataServiceCollectionExtensions).Assembly.GetName().Name!;

    /// <summary>Names accepted in <see cref="DatabaseOptions.Provider"/>.</summary>
    public const string SupportedProviders = "Sqlite, PostgreSql (or Postgres), SqlServer";

    /// <summary>
    /// Registers <see cref="CaseFlowDbContext"/> (scoped) backed by the provider-specific subclass that owns that
    /// provider's migrations. Throws <see cref="ArgumentException"/> for an unknown provider or an empty connection string.
    /// </summary>
    public static IServiceCollection AddCaseFlowData(this IServiceCollection services, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var provider = options.Provider?.Trim() ?? "";
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new ArgumentException($"Database connection string is empty (provider '{provider}').", nameof(options));

        switch (provider.ToLowerInvariant())
        {
            case "sqlite":
                EnsureSqliteDirectory(connectionString);
                services.AddDbContext<CaseFlowDbContext, SqliteCaseFlowDbContext>((sp, o) => o
                    .UseSqlite(connectionString, ConfigureSqlite)
                    .AddInterceptors(SqlitePragmaInterceptor.Instance)
                    .AddInterceptors(SaveHooks(sp)));
                break;
            case "postgresql":
            case "postgres":
                services.AddDbContext<CaseFlowDbContext, PostgreSqlCaseFlowDbContext>((sp, o) => o
                    .UseNpgsql(connectionString, ConfigurePostgreSql)
                    .AddInterceptors(SaveHooks(sp)));
                break;
            case "sqlserver":
                services.AddDbContext<CaseFlowDbContext, SqlServerCaseFlowDbContext>((sp, o) => o
                    .UseSqlServer(connectionString, ConfigureSqlServer)
                    .AddInterceptors(SaveHooks(sp)));
                break;
            default:
                throw new ArgumentException(
                    $"Unknown database provider '{options.Provider}'. Supported providers: {SupportedProviders}.", nameof(options));
        }
        return services;
    }

    /// <summary>
    /// The save hooks of one context: the rows' own bookkeeping first, then those the domain registers (audit chain, timer
    /// jobs), each with its dependencies injected. This is the composition root: the context itself locates nothing.
    /// </summary>
    private static IInterceptor[] SaveHooks(IServiceProvider services) =>
        [SaveBookkeeping.Instance, .. services.GetServices<ISaveChangesInterceptor>()];

    /// <summary>Applies all pending migrations of the configured provider (creates the database if it does not exist).</summary>
    public static async Task MigrateCaseFlowDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The migrations the configured database has not applied yet, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> PendingCaseFlowMigrationsAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        return [.. await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)];
    }

    // Shared by AddCaseFlowData and the design-time factories so `dotnet ef` sees exactly the runtime model.
    internal static void ConfigureSqlite(SqliteDbContextOptionsBuilder o) => o.MigrationsAssembly(MigrationsAssemblyName);

    internal static void ConfigurePostgreSql(NpgsqlDbContextOptionsBuilder o) => o.MigrationsAssembly(MigrationsAssemblyName);

    internal static void ConfigureSqlServer(SqlServerDbContextOptionsBuilder o) => o.MigrationsAssembly(MigrationsAssemblyName);

    /// <summary>SQLite creates the file but not its folder: make sure the folder of a file-based Data Source exists.</summary>
    internal static void EnsureSqliteDirectory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory
            || string.IsNullOrWhiteSpace(dataSource)
            || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return; // in-memory, temporary or URI file names: nothing to create

        const string dataDirectoryToken = "|DataDirectory|";
        if (dataSource.StartsWith(dataDirectoryToken, StringComparison.OrdinalIgnoreCase))
        {
            // Same substitution Microsoft.Data.Sqlite does when it opens the connection.
            var dataDirectory = AppDomain.CurrentDomain.GetData("DataDirectory") as string;
            if (string.IsNullOrEmpty(dataDirectory))
                dataDirectory = AppContext.BaseDirectory;
            dataSource = Path.Combine(dataDirectory, dataSource[dataDirectoryToken.Length..]);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
    }
}
