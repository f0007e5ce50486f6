using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.TestSupport;

/// <summary>
/// The server in-process through the real HTTP pipeline, on a fresh temp SQLite file (or an existing one, to simulate a
/// restart), with demo users seeded. Generic over the server's entry point so this project does not reference the server;
/// CaseFlow.Server.Tests' <c>CaseFlowApplication</c> is this host for <c>Program</c>, with the API helpers its tests use.
/// </summary>
public abstract class CaseFlowHost<TEntryPoint> : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    private readonly bool _ownsFolder;

    /// <param name="existingFolder">A folder (and its caseflow.db) to reuse — a restart; a new temp folder when null.</param>
    protected CaseFlowHost(string? existingFolder)
    {
        _ownsFolder = existingFolder is null;
        Folder = existingFolder ?? Directory.CreateTempSubdirectory("caseflow-tests-").FullName;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "caseflow.db");

    /// <summary>"Sqlite" (a file in <see cref="Folder"/>) or "PostgreSql" (a database of <see cref="PostgresCluster.Shared"/>).</summary>
    protected virtual string Provider => "Sqlite";

    public bool OnPostgreSql => Provider == "PostgreSql";

    /// <summary>The connection string the server gets: the SQLite file, or this folder's PostgreSQL database (created on first
    /// use and named in the folder, so a restart on the same folder finds it again).</summary>
    public string ConnectionString => OnPostgreSql ? _postgres ??= PostgresDatabase() : $"Data Source={DatabasePath}";

    private string? _postgres;

    /// <summary>A connection straight to this host's database, past the application (opened; unpooled).</summary>
    public async Task<System.Data.Common.DbConnection> OpenDatabaseAsync(bool readOnly = true)
    {
        System.Data.Common.DbConnection connection = OnPostgreSql
            ? new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};{(readOnly ? "Mode=ReadOnly;" : "")}Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private string PostgresDatabase()
    {
        var named = Path.Combine(Folder, "postgres.txt");
        if (File.Exists(named)) return File.ReadAllText(named);
        var connectionString = PostgresCluster.Shared.CreateDatabase("tests");
        File.WriteAllText(named, connectionString);
        return connectionString;
    }

    public string AuditKeyPath => Path.Combine(Folder, "audit.key");

    /// <summary>A folder with its own workflows/ and samples/ to import at start-up; the repository's when null.</summary>
    public string? ContentRoot { get; init; }

    /// <summary>The domain clock for this host (deadlines, timers, case numbers); sign-ins keep the system clock.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider? DomainTime { get; init; }

    /// <summary>Extra configuration for this host (e.g. a lower rate limit).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Set false before disposing to keep the db file for a second instance.</summary>
    public bool DeleteOnDispose { get; set; } = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        // A server database is migrated by the `migrate` command in production; a test host migrates its fresh one at start.
        if (OnPostgreSql) builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Content:SeedDemoUsers", "true");
        // The audit key beside the database, so a restart on the same folder signs with the same key.
        builder.UseSetting("Audit:KeyFile", AuditKeyPath);
        if (ContentRoot is not null) builder.UseSetting("Content:Root", ContentRoot);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (DomainTime is { } time)
            builder.ConfigureTestServices(services => services.AddSingleton(new CaseFlow.Domain.Common.DomainClock(time)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder && DeleteOnDispose) TryDelete();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsFolder && DeleteOnDispose) TryDelete();
    }

    private void TryDelete()
    {
        if (OnPostgreSql && _postgres is { } database)
            try { PostgresCluster.Shared.DropDatabase(database); } catch (Npgsql.NpgsqlException) { }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A client signed in with a bearer token (no cookie, so writes need no CSRF token).</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.BearerTokenAsync(client, userName, password));
        return client;
    }

    public Task<HttpClient> SignInAsync(DemoUser user) => SignInAsync(user.UserName, user.Password);

    /// <summary>Creates a staff account through the admin API with the given memberships and signs it in.</summary>
    public async Task<HttpClient> StaffUserAsync(HttpClient admin, string userName, params (string OrgUnit, string Role)[] memberships)
    {
        var password = $"{userName}-Staff-2026";
        var response = await admin.PostAsJsonAsync("/api/admin/users", new JsonObject
        {
            ["userName"] = userName, ["displayName"] = userName, ["password"] = password,
            ["memberships"] = new JsonArray(memberships.Select(m => (JsonNode)new JsonObject { ["orgUnit"] = m.OrgUnit, ["role"] = m.Role }).ToArray()),
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
            throw new InvalidOperationException($"Creating {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await SignInAsync(userName, password);
    }

    public Task<HttpClient> ClerkAsync() => SignInAsync(DemoUsers.Clerk);
    public Task<HttpClient> ApproverAsync() => SignInAsync(DemoUsers.Approver);
    public Task<HttpClient> AdminAsync() => SignInAsync(DemoUsers.Admin);
    public Task<HttpClient> DesignerAsync() => SignInAsync(DemoUsers.Designer);
}
