using Microsoft.Data.Sqlite;

namespace CaseFlow.Data.Tests;

/// <summary>A fresh, not-yet-existing SQLite file in its own temp folder; the folder (with -wal/-shm) goes on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Root = Path.Combine(Path.GetTempPath(), "caseflow-data-tests", Guid.NewGuid().ToString("N"));
        // A nested folder that does not exist yet, so AddCaseFlowData has to create it.
        FilePath = Path.Combine(Root, "data", "caseflow.db");
    }

    public string Root { get; }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
    }
}
