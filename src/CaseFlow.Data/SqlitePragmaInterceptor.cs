using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseFlow.Data;

/// <summary>
/// Runs the per-connection SQLite settings on every opened connection (docs/decisions.md, decision 14): WAL so readers never block
/// the writer, a busy timeout so a briefly locked database is waited for instead of failing at once, NORMAL sync (safe
/// with WAL), foreign keys on, and memory-mapped reads so pooled connections share the OS page cache instead of each
/// re-reading pages into its own 2 MB cache (the inbox over a million cases reads ~1 000 case rows per request). Pooled connections keep their settings, so each physical connection runs them once.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=2147418112;";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (AlreadyConfigured(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (AlreadyConfigured(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        MarkConfigured(connection);
    }

    // Keyed by the native handle, which every reuse of a pooled connection shares.
    private static bool AlreadyConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _);

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) Configured.AddOrUpdate(handle, handle);
    }
}
