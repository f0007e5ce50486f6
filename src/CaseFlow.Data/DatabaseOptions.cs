namespace CaseFlow.Data;

/// <summary>Which database CaseFlow uses (docs/architecture.md, "Persistence"): bound from configuration by the host.</summary>
public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (default), "PostgreSql" (or "Postgres") or "SqlServer"; case-insensitive.</summary>
    public string Provider { get; set; } = "Sqlite";

    public string ConnectionString { get; set; } = "Data Source=data/caseflow.db";
}
