using System.Diagnostics;
using Npgsql;

namespace CaseFlow.TestSupport;

/// <summary>
/// A PostgreSQL server for the tests: the one <c>CASEFLOW_TEST_POSTGRES</c> names (a connection string whose user may create
/// databases), or else a throwaway cluster started from the installed binaries (initdb into a temp folder — as the
/// <c>postgres</c> user when the tests run as root — on a free loopback port), stopped and removed when the test process
/// exits. One per test process; each caller gets its own database. No PostgreSQL installed fails loudly: these tests never skip.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<PostgresCluster> SharedCluster = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string _adminConnectionString;

    private PostgresCluster(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    /// <summary>The cluster of this test process, started on first use.</summary>
    public static PostgresCluster Shared => SharedCluster.Value;

    /// <summary>A new empty database; answers its connection string.</summary>
    public string CreateDatabase(string prefix = "caseflow")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        using var connection = new NpgsqlConnection(_adminConnectionString);
        connection.Open();
        using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection)) create.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Drops a database <see cref="CreateDatabase"/> made, closing what still uses it.</summary>
    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var pooled = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(pooled);
        using var connection = new NpgsqlConnection(_adminConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    private static PostgresCluster Start()
    {
        if (Environment.GetEnvironmentVariable("CASEFLOW_TEST_POSTGRES") is { Length: > 0 } given)
            return new PostgresCluster(new NpgsqlConnectionStringBuilder(given) { Database = "postgres" }.ConnectionString);

        var bin = FindBinaries();
        RemoveStoppedClusters();
        var folder = Directory.CreateTempSubdirectory("caseflow-pg-").FullName;
        var data = Path.Combine(folder, "data");
        var asRoot = Environment.UserName == "root";
        // initdb and postgres refuse to run as root; the folder is handed to the postgres user the package creates.
        if (asRoot) Run("chown", ["-R", "postgres:postgres", folder]);
        var port = FreePort.Next();
        RunPostgres(asRoot, Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
        // fsync off: a test cluster loses nothing that matters if the machine dies, and commits are several times faster.
        RunPostgres(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-w", "-t", "60", "-l", Path.Combine(folder, "log"), "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { RunPostgres(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]); } catch (InvalidOperationException) { }
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return new PostgresCluster($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true");
    }

    /// <summary>A test process ended before its exit handler finished leaves a stopped cluster's folder behind: remove those.</summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), "caseflow-pg-*"))
        {
            if (File.Exists(Path.Combine(stale, "data", "postmaster.pid"))) continue; // running, perhaps another test process's
            try { Directory.Delete(stale, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
            : [];
        return candidates.Append("/usr/local/pgsql/bin").FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException(
                "PostgreSQL is not installed: the PostgreSQL tests need initdb and pg_ctl (apt-get install postgresql, as .ci/run does) " +
                "or CASEFLOW_TEST_POSTGRES set to a connection string of a server whose user may create databases.");
    }

    private static void RunPostgres(bool asRoot, string program, string[] arguments)
    {
        if (asRoot) Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
        else Run(program, arguments);
    }

    private static void Run(string program, string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {output.Result}{error}");
    }
}
