using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.TestSupport;

/// <summary>
/// A recurring job of a running server started now, as an admin's 立即执行 on its job dashboard (/hangfire) starts it: the
/// same job on the server's own job server, without waiting up to a minute for its next turn. Callers still wait for the
/// state the job leaves; this only brings the job forward.
/// </summary>
public static class JobDashboard
{
    /// <summary>The minutely timer sweep (BackgroundJobsSetup.SweepJob).</summary>
    public const string TimerSweep = "timer-sweep";

    /// <summary>The minutely outbox drain (BackgroundJobsSetup.OutboxJob).</summary>
    public const string OutboxDrain = "outbox-drain";

    /// <summary>Signs in as the demo admin by cookie, as the dashboard's page does, and posts its trigger with the CSRF token.</summary>
    public static async Task TriggerAsync(Uri server, string jobId)
    {
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = DemoUsers.Admin.UserName, password = DemoUsers.Admin.Password, useCookies = true });
        if (login.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"The admin's cookie sign-in answered {(int)login.StatusCode}: {await login.Content.ReadAsStringAsync()}");
        var csrf = (await http.GetFromJsonAsync<JsonObject>("/api/auth/csrf"))!;
        using var trigger = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger") { Content = new FormUrlEncodedContent([new("jobs[]", jobId)]) };
        trigger.Headers.Add(csrf["headerName"]!.GetValue<string>(), csrf["token"]!.GetValue<string>());
        using var response = await http.SendAsync(trigger);
        if (response.StatusCode != HttpStatusCode.NoContent)
            throw new InvalidOperationException($"Triggering {jobId} on the job dashboard answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
