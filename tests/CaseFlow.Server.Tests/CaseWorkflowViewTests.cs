using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Workflows;
using CaseFlow.Server.Cases;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Runtime;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>GET /api/cases/{id}/workflow, the instance viewer's read: the definition run, the path taken, where it waits, who may see it.</summary>
public sealed class CaseWorkflowViewTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    private static List<string> Path(JsonObject view) => view["path"]!.AsArray().Select(s => Str(s!["activityId"])).ToList();

    private static JsonObject Step(JsonObject view, string activityId) => view["path"]!.AsArray().Last(s => Str(s!["activityId"]) == activityId)!.AsObject();

    private static List<string> Taken(JsonObject view) =>
        view["takenConnections"]!.AsArray().Select(c => $"{Str(c!["from"])}:{Str(c["port"])}:{Str(c["to"])}").ToList();

    [Fact]
    public async Task After_intake_the_path_runs_start_intake_review_and_the_instance_waits_at_the_review_task()
    {
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var id = created["id"]!.GetValue<long>();

        var view = await GetJsonAsync(clerk, $"/api/cases/{id}/workflow");

        Str(view["caseNo"]).ShouldBe(Str(created["caseNo"]));
        Str(view["status"]).ShouldBe("Running");
        Str(view["definition"]!["definitionId"]).ShouldBe(Str(created["definitionId"]));
        view["definition"]!["version"]!.GetValue<int>().ShouldBe(created["definitionVersion"]!.GetValue<int>());
        var activities = view["definition"]!["root"]!["activities"]!.AsArray();
        activities.ShouldContain(a => Str(a!["id"]) == "review");
        activities.ShouldAllBe(a => a!["designer"] != null, "the designer's positions come with the definition");
        Path(view).ShouldBe(["start", "intake", "review"]);
        Str(Step(view, "start")["state"]).ShouldBe("Completed");
        Step(view, "intake")["endedAtUtc"].ShouldNotBeNull();
        Str(Step(view, "review")["state"]).ShouldBe("Waiting");
        Step(view, "review")["endedAtUtc"].ShouldBeNull();
        Taken(view).ShouldBe(["start:done:intake", "intake:done:review"], ignoreOrder: true);
        view["waiting"]!.AsArray().Select(w => Str(w!["activityId"])).ShouldBe(["review"]);
        var task = view["openTasks"]!.AsArray().ShouldHaveSingleItem()!;
        Str(task["activityId"]).ShouldBe("review");
        task["claimed"]!.GetValue<bool>().ShouldBeFalse();
        view["incidents"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task After_the_review_passes_and_the_window_accepts_the_path_reaches_approval_where_it_waits()
    {
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var id = created["id"]!.GetValue<long>();
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, Str(created["caseNo"]), "review"), "pass", EveryPointPassed(IdCardReviewPoints));

        var view = await GetJsonAsync(clerk, $"/api/cases/{id}/workflow");

        var path = Path(view);
        path.Take(3).ShouldBe(["start", "intake", "review"]);
        path.ShouldContain("accept");
        path.Last().ShouldBe("approval");
        Step(view, "review")["outcome"]!.GetValue<string>().ShouldBe("pass");
        Step(view, "review")["actor"]!.GetValue<string>().ShouldBe("clerk");
        Str(Step(view, "accept")["outcome"]).ShouldBe("accepted");
        Str(Step(view, "approval")["state"]).ShouldBe("Waiting");
        var starts = view["path"]!.AsArray().Select(s => s!["startedAtUtc"]!.GetValue<DateTime>()).ToList();
        starts.ShouldBe(starts.Order().ToList(), "the path is in the order the steps started");
        Taken(view).ShouldContain("review:pass:whoAccepts");
        Taken(view).ShouldContain("accept:accepted:push");
        Taken(view).ShouldNotContain("review:supplement:waitSupplement");
        view["waiting"]!.AsArray().Select(w => Str(w!["activityId"])).ShouldBe(["approval"]);
        Str(view["openTasks"]!.AsArray().ShouldHaveSingleItem()!["activityId"]).ShouldBe("approval");
    }

    [Fact]
    public async Task Another_districts_clerk_gets_the_same_404_as_for_the_case_itself()
    {
        var admin = await app.AdminAsync();
        var clerk = await app.ClerkAsync();
        var outsider = await app.StaffUserAsync(admin, "wf.outsider", ("500242-W01", "clerk"));
        var id = (await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03")))["id"]!.GetValue<long>();

        (await outsider.GetAsync($"/api/cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await outsider.GetAsync($"/api/cases/{id}/workflow");
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("urn:caseflow:problem:not-found");
        (await admin.GetAsync($"/api/cases/{id}/workflow")).StatusCode.ShouldBe(HttpStatusCode.OK, "admins see every case");
        (await clerk.GetAsync($"/api/cases/{id + 100000}/workflow")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

/// <summary>The path as read from the journal, without HTTP: a 退回 ends the step it took the token from.</summary>
public sealed class CaseWorkflowPathTests
{
    [Fact]
    public void A_return_ends_the_waiting_step_as_moved_back_and_the_step_returned_to_starts_again()
    {
        var definition = DefinitionJson.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "workflows", "cross-region-standard.json")));
        var at = new DateTime(2026, 12, 2, 1, 0, 0, DateTimeKind.Utc);
        var id = 0L;
        JournalRecord J(string activity, CaseFlow.Workflows.Runtime.JournalEvent e, string? outcome = null) =>
            new() { Id = ++id, InstanceId = "i", TokenId = "t", ActivityId = activity, ActivityType = "x", Event = e, Outcome = outcome, AtUtc = at.AddMinutes(id) };
        var journal = new[]
        {
            J("review", JournalEvent.Started), J("review", JournalEvent.Suspended),
            J("review", JournalEvent.Resumed, "pass"), J("review", JournalEvent.Completed, "pass"),
            J("whoAccepts", JournalEvent.Started), J("whoAccepts", JournalEvent.Completed, "window"),
            J("accept", JournalEvent.Started), J("accept", JournalEvent.Suspended),
            J("review", JournalEvent.MovedBack), J("review", JournalEvent.Started),
            J("review", JournalEvent.Suspended),
        };

        var path = CaseWorkflowEndpoints.PathOf(journal, definition);

        path.Select(s => $"{s.ActivityId}:{s.State}").ShouldBe(["review:Completed", "whoAccepts:Completed", "accept:MovedBack", "review:Waiting"]);
        path[2].EndedAtUtc.ShouldBe(at.AddMinutes(9));
        path[0].Outcome.ShouldBe("pass");
        CaseWorkflowEndpoints.TakenOf(journal, definition).Select(c => $"{c.From}:{c.Port}:{c.To}")
            .ShouldBe(["review:pass:whoAccepts", "whoAccepts:window:accept"]);
    }
}
