namespace CaseFlow.Data;

/// <summary>Which database CaseFlow uses (docs/architecture.md, "Persistence"): bound from configuration by the host.</summary>
public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (default), "PostgreSql" (or "Postgres") or "SqlServer"; case-insensitive.</summary>
    public string Provider { get; set; } = "Sqlite";

    public string ConnectionString { get; set; } = "Data Source=data/caseflow.db";

    /// <summary>
    /// Whether a normal start applies pending migrations; unset: yes on SQLite (one process, one file), no on a server database,
    /// which several processes share and which is migrated once, by the <c>migrate</c> command (README "Production").
    /// </summary>
    public bool? MigrateOnStart { get; set; }

    public bool MigratesOnStart => MigrateOnStart ?? Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase);
}
