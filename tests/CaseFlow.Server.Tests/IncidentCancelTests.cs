using System.Text.Json.Nodes;
using CaseFlow.Domain;
using CaseFlow.Domain.Timers;
using CaseFlow.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>Its own database: the definition version with a broken gate after acceptance must not leak into other tests.</summary>
public sealed class IncidentCancelTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task Cancelling_an_accepted_case_through_its_incident_stops_every_clock_and_cancels_its_pending_timers()
    {
        await EngineThroughApiTests.PublishVariantAsync(app, "local-approval", d =>
        {
            d.Variables["spin"] = true;
            d.Root.Activities.Add(new ActivityNode
            {
                Id = "gate", Type = "Decision", Name = "死循环门",
                Props = new JsonObject { ["expression"] = "while (vars.spin) {} 'go'", ["outcomes"] = new JsonArray("go") },
            });
            d.Root.Connections.Single(c => c.From == "accept" && c.Port == "accepted").To = "gate";
            d.Root.Connections.Add(new Connection { From = "gate", Port = "go", To = "approval" });
        });
        var clerk = await app.ClerkAsync();
        var admin = await app.AdminAsync();
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("marriage-registration.json"));
        var caseId = EngineThroughApiTests.Id(created);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review"), "pass", EveryPointPassed(MarriageReviewPoints));

        // Accepted, so its clocks run and their timers wait; the gate after acceptance has stopped the flow with an incident.
        var incident = (await GetArrayAsync(admin, $"/api/incidents?caseId={caseId}")).ShouldHaveSingleItem()!;
        incident["activityId"]!.GetValue<string>().ShouldBe("gate");
        (await GetArrayAsync(admin, $"/api/cases/{caseId}/clocks")).ShouldContain(c => c!["stoppedAtUtc"] == null);
        (await PendingTimersAsync(caseId)).ShouldBeGreaterThan(0);

        await PostOkAsync(admin, $"/api/incidents/{incident["id"]}/cancel", new JsonObject { ["reason"] = "申请人撤回申请" });

        (await GetCaseAsync(admin, caseId))["status"]!.GetValue<string>().ShouldBe("Cancelled");
        var clocks = await GetArrayAsync(admin, $"/api/cases/{caseId}/clocks");
        clocks.ShouldNotBeEmpty();
        clocks.ShouldAllBe(c => c!["stoppedAtUtc"] != null, clocks.ToJsonString());
        (await PendingTimersAsync(caseId)).ShouldBe(0);
    }

    private async Task<int> PendingTimersAsync(long caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        return await db.Timers.CountAsync(t => t.CaseId == caseId && t.State == TimerState.Pending);
    }
}
