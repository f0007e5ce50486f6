using System.Net;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Observability;

/// <summary>The Prometheus scrape at /metrics (README "Observability"): the CaseFlow metrics for admins, refused to everyone else.</summary>
public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private readonly CaseFlowApplication _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_admin_scrapes_the_caseflow_gauges_and_the_step_counter_after_a_case_moves()
    {
        var clerk = await _app.ClerkAsync();
        await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var admin = await _app.AdminAsync();

        var response = await admin.GetAsync("/metrics");

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        foreach (var name in new[]
                 {
                     "caseflow_cases{", "caseflow_timers_pending", "caseflow_timers_due", "caseflow_outbox_backlog", "caseflow_incidents_open",
                     "caseflow_hangfire_enqueued", "caseflow_steps_total", "http_server_request_duration_seconds",
                 })
            text.ShouldContain(name, Case.Sensitive, $"the scrape has no {name}");
        text.ShouldContain("status=\"InReview\"", Case.Sensitive, "the case taken in is counted by its status");
    }

    [Fact]
    public async Task A_clerk_is_refused_the_scrape_with_a_403_naming_the_admin_role()
    {
        var clerk = await _app.ClerkAsync();

        var response = await clerk.GetAsync("/metrics");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("admin");
    }

    [Fact]
    public async Task Signed_out_the_scrape_answers_401()
    {
        var response = await _app.CreateClient().GetAsync("/metrics");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
