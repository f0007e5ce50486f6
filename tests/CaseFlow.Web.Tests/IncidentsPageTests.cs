using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>
/// 流程异常 (issue 12 point 3) for admins, on a server of its own: a published variant of local-approval loops forever in a gate
/// after intake while <c>spin</c> is true, so each marriage application stops there with an incident (as the server's
/// incident tests make them). The admin retries one with the variable fixed and cancels the other with a reason.
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed class IncidentsPageTests(WebFixture web, IncidentServer incidents) : IClassFixture<IncidentServer>
{
    [Fact]
    public async Task An_admin_retries_one_incident_with_a_fixed_variable_and_cancels_another_with_a_reason()
    {
        var server = incidents.Server;
        using var designer = await server.BearerClientAsync("designer", "CaseFlow-designer-2026");
        using var clerk = await server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        using var admin = await server.BearerClientAsync("admin", "CaseFlow-admin-2026");
        await PublishSpinningVariantAsync(designer);
        var retried = await CaseApi.ApplyAsync(clerk, CaseApi.BodyFor("marriage-registration.json"));
        var cancelled = await CaseApi.ApplyAsync(clerk, CaseApi.BodyFor("marriage-registration.json"));
        var retryId = await OpenIncidentAsync(admin, retried.Id);
        var cancelId = await OpenIncidentAsync(admin, cancelled.Id);

        var page = await web.NewPageAsync(server);
        await WebFixture.SignInAsync(page, "admin", "CaseFlow-admin-2026");
        await page.GetByTestId("nav").GetByText("流程异常").ClickAsync();
        await page.GetByTestId("incidents").WaitForAsync();
        var retryRow = page.Locator($"[data-incident-id='{retryId}']");
        var cancelRow = page.Locator($"[data-incident-id='{cancelId}']");
        (await retryRow.InnerTextAsync()).ShouldContain("gate");
        await WebFixture.ScreenshotAsync(page, "incidents");

        // Retry: asked first; malformed variables keep the button disabled; with spin fixed the case goes on to its review.
        await retryRow.GetByTestId("retry").ClickAsync();
        await page.GetByTestId("retry-variables").FillAsync("[1, 2]");
        (await page.Locator(".ant-modal-footer button.ant-btn-primary").Last.IsDisabledAsync()).ShouldBeTrue();
        await page.GetByTestId("retry-variables").FillAsync("{\"spin\": false}");
        await page.Locator(".ant-modal-footer button.ant-btn-primary").Last.ClickAsync();
        await retryRow.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await CaseApi.OpenTaskAsync(clerk, retried.No, "review");
        (await IncidentStatusAsync(admin, retried.Id, "Resolved")).ShouldBe(retryId);

        // Cancel: asked first, a reason required; the case ends cancelled.
        await cancelRow.GetByTestId("cancel").ClickAsync();
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "确认取消" });
        (await confirm.IsDisabledAsync()).ShouldBeTrue("no reason yet");
        await page.GetByTestId("cancel-reason").FillAsync("申请人撤回申请");
        await confirm.ClickAsync();
        await cancelRow.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var @case = (await admin.GetFromJsonAsync<JsonObject>($"/api/cases/{cancelled.Id}"))!;
        @case["status"]!.GetValue<string>().ShouldBe("Cancelled");
        (await IncidentStatusAsync(admin, cancelled.Id, "Cancelled")).ShouldBe(cancelId);

        // The other tabs list what was done.
        await page.GetByTestId("incident-status").GetByText("已取消").ClickAsync();
        await cancelRow.WaitForAsync();
        await page.GetByTestId("incident-status").GetByText("已解决").ClickAsync();
        await retryRow.WaitForAsync();
        await page.Context.CloseAsync();
    }

    private static async Task PublishSpinningVariantAsync(HttpClient designer)
    {
        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(WebServer.RepoRoot(), "workflows", "local-approval.json")))!.AsObject();
        definition["variables"]!["spin"] = true;
        var root = definition["root"]!;
        root["activities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "gate", ["type"] = "Decision", ["name"] = "死循环门",
            ["props"] = new JsonObject { ["expression"] = "while (vars.spin) {} 'go'", ["outcomes"] = new JsonArray("go") },
        });
        var connections = root["connections"]!.AsArray();
        connections.Single(c => c!["from"]!.GetValue<string>() == "intake")!["to"] = "gate";
        connections.Add(new JsonObject { ["from"] = "gate", ["port"] = "go", ["to"] = "review" });
        var saved = await designer.PutAsync("/api/definitions/local-approval/draft",
            new StringContent(definition.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var published = await designer.PostAsync("/api/definitions/local-approval/publish", null);
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
    }

    private static async Task<string> OpenIncidentAsync(HttpClient admin, long caseId)
    {
        var list = (await admin.GetFromJsonAsync<JsonArray>($"/api/incidents?caseId={caseId}"))!;
        var incident = list.ShouldHaveSingleItem()!;
        incident["activityId"]!.GetValue<string>().ShouldBe("gate");
        return incident["id"]!.GetValue<string>();
    }

    private static async Task<string> IncidentStatusAsync(HttpClient admin, long caseId, string status)
    {
        var list = (await admin.GetFromJsonAsync<JsonArray>($"/api/incidents?caseId={caseId}&status={status}"))!;
        return list.ShouldHaveSingleItem()!["id"]!.GetValue<string>();
    }
}

/// <summary>The incident tests' own server: their definition variant must not reach other tests' cases.</summary>
public sealed class IncidentServer : IAsyncLifetime
{
    public WebServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await WebServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
    }
}
