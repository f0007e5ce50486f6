using CaseFlow.Data;

namespace CaseFlow.Server.Setup;

/// <summary>
/// The schema at start (README "Production"). <c>migrate</c> applies the pending migrations and exits; a normal start
/// migrates SQLite itself and refuses a server database with pending migrations, so that processes sharing one database
/// never race to change its schema and an old binary never runs on a newer schema by accident.
/// </summary>
public static class DatabaseStart
{
    public const string MigrateCommand = "migrate";

    /// <returns>The exit code when the process should stop here (after <c>migrate</c>, or refused); null to go on serving.</returns>
    public static async Task<int?> PrepareAsync(IServiceProvider services, DatabaseOptions options, bool migrateOnly, TextWriter output, TextWriter error)
    {
        if (migrateOnly)
        {
            var pending = await services.PendingCaseFlowMigrationsAsync();
            await services.MigrateCaseFlowDatabaseAsync();
            await output.WriteLineAsync(pending.Count == 0
                ? $"The {options.Provider} database is up to date: no pending migrations."
                : $"Applied {pending.Count} migration(s) to the {options.Provider} database: {string.Join(", ", pending)}.");
            return 0;
        }
        if (options.MigratesOnStart)
        {
            await services.MigrateCaseFlowDatabaseAsync();
            return null;
        }
        var left = await services.PendingCaseFlowMigrationsAsync();
        if (left.Count == 0) return null;
        await error.WriteLineAsync(
            $"The {options.Provider} database has {left.Count} pending migration(s) ({string.Join(", ", left)}), and the server does not change " +
            $"a shared schema at start (Database:MigrateOnStart is off). Run `dotnet run --project src/CaseFlow.Server -- {MigrateCommand}` " +
            $"(or `dotnet CaseFlow.Server.dll {MigrateCommand}`) with the same Database settings first.");
        return 2;
    }
}
