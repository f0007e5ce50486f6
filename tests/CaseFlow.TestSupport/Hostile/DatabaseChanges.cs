using Microsoft.Data.Sqlite;

namespace CaseFlow.TestSupport.Hostile;

/// <summary>
/// Notices any commit to a SQLite file by another connection: <c>PRAGMA data_version</c> on a connection of its own
/// (unpooled, kept open) changes whenever another connection commits an insert, update or delete, and only then
/// (sqlite.org/pragma.html#pragma_data_version). Cheap enough to read around every request.
/// </summary>
public sealed class DatabaseChanges : IDisposable
{
    private readonly SqliteConnection _connection;

    public DatabaseChanges(string databasePath)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        _connection.Open();
    }

    /// <summary>The file's data version as this connection sees it; compare two readings.</summary>
    public long Version()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => _connection.Dispose();
}
