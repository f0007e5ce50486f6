using CaseFlow.Server.Jobs;
using Microsoft.AspNetCore.Hosting;
using CaseFlow.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.DemoYear;

/// <summary>
/// The real server in-process (the tests' host; any type of the server's assembly names its entry point) on the target
/// database and audit key, with a fake domain clock the generator moves day by day. The Hangfire job server is off: the
/// generator runs the timer sweep and the daily report itself as simulated time passes, so nothing fires on the real clock.
/// </summary>
internal sealed class DemoHost : CaseFlowHost<TimerSweep>
{
    private DemoHost(string databasePath) : base(Path.GetDirectoryName(databasePath)!) { }

    /// <summary>The server project's folder (its appsettings.json), as <c>dotnet run --project src/CaseFlow.Server</c> has it.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseContentRoot(Path.Combine(RepoFiles.Root, "src", "CaseFlow.Server"));
    }

    public static DemoHost Create(DemoYearOptions options, FakeTimeProvider time)
    {
        var host = new DemoHost(options.DatabasePath) { DomainTime = time, DeleteOnDispose = false };
        host.Settings["Database:ConnectionString"] = $"Data Source={options.DatabasePath}";
        host.Settings["Audit:KeyFile"] = options.AuditKeyPath;
        host.Settings["Content:Root"] = RepoFiles.Root;
        host.Settings["Hangfire:Server"] = "false";
        host.Settings["Logging:LogLevel:Default"] = "Error";
        host.Settings["Logging:LogLevel:Microsoft"] = "Error";
        host.Settings["Logging:LogLevel:LuckyPennySoftware"] = "None";
        // Hundreds of sign-ins are not an attack: the throttle counts failures only, but keep the address window generous.
        host.Settings["PublicTracking:PermitsPerMinute"] = "100000";
        return host;
    }
}
