using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Server.Tests.Hostile;

/// <summary>
/// The server in-process on its own SQLite file for the hostile walk and the matrix: no job server (so only requests write
/// to the file and its data version tells a rejected request's write apart), login throttling raised far above what the
/// walk sends, and a bearer-token clock of its own that starts nine hours back, so a token issued first is expired (8 h)
/// once the clock is moved to now.
/// </summary>
public sealed class HostileHost : CaseFlowHost<Program>
{
    public HostileHost() : base(null)
    {
        Settings["Hangfire:Server"] = "false";
        Settings["Auth:Throttle:AccountFailures"] = "100000";
        Settings["Auth:Throttle:AddressFailures"] = "100000";
        Settings["PublicTracking:PermitsPerMinute"] = "100000";
        Settings["Logging:LogLevel:Default"] = "Warning";
    }

    public FakeTimeProvider TokenClock { get; } = new(DateTimeOffset.UtcNow.AddHours(-9));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.PostConfigure<BearerTokenOptions>(BearerTokenDefaults.AuthenticationScheme, o => o.TimeProvider = TokenClock));
    }
}
