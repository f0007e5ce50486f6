using CaseFlow.TestSupport;

namespace CaseFlow.DemoYear;

/// <summary>
/// The command line of the small set (README "Reports (效能监管)"): <c>--db PATH</c>, <c>--audit-key PATH</c>, <c>--days N</c>,
/// <c>--seed N</c>, <c>--force</c>, <c>--quiet</c>.
/// </summary>
public sealed record DemoYearOptions
{
    public const int DefaultSeed = 20261202;

    /// <summary>The server's default database, as <c>dotnet run --project src/CaseFlow.Server</c> opens it.</summary>
    public string DatabasePath { get; init; } = Path.Combine(RepoFiles.Root, "src", "CaseFlow.Server", "data", "caseflow.db");

    /// <summary>The server's default audit key file (Audit:KeyFile under its content root), so its audit chains verify afterwards.</summary>
    public string AuditKeyPath { get; init; } = Path.Combine(RepoFiles.Root, "src", "CaseFlow.Server", "data", "keys", "audit-hmac.key");

    public int Days { get; init; } = 365;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Replace a database that already holds cases (deleted first) instead of refusing.</summary>
    public bool Force { get; init; }

    /// <summary>No progress lines, only the summary.</summary>
    public bool Quiet { get; init; }

    public static DemoYearOptions Parse(string[] args)
    {
        var options = new DemoYearOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--db" => options with { DatabasePath = Path.GetFullPath(Value()) },
                "--audit-key" => options with { AuditKeyPath = Path.GetFullPath(Value()) },
                "--days" => options with { Days = Positive(Value(), "--days", 2000) },
                "--seed" => options with { Seed = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--force" => options with { Force = true },
                "--quiet" => options with { Quiet = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --db PATH, --audit-key PATH, --days N, --seed N, --force, --quiet."),
            };
        }
        return options;
    }

    private static int Positive(string text, string name, int max) =>
        int.TryParse(text, out var n) && n is >= 1 && n <= max ? n : throw new ArgumentException($"{name} takes a whole number from 1 to {max}.");
}
