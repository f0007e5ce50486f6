using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>The outbox shows a supervisor only the notifications of cases they see (README, "Who may see and do what").</summary>
public sealed class OutboxScopeTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task A_supervisor_of_another_region_sees_none_of_a_chongqing_cases_outbox_rows()
    {
        var admin = await app.AdminAsync();
        var guiyang = await app.StaffUserAsync(admin, "o.guiyang", ("520100", "supervisor"));
        var chongqing = await app.StaffUserAsync(admin, "o.chongqing", ("500000", "supervisor"));
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var id = created["id"]!.GetValue<long>();
        // The review task's notice to the window's clerks, and an urge: outbox rows of this 重庆 case, made through the app.
        var task = await OpenTaskAsync(clerk, Str(created["caseNo"]), "review");
        (await chongqing.PostAsJsonAsync($"/api/tasks/{task}/urge", new { message = "请加快办理" }, Json)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var rows = await GetArrayAsync(chongqing, $"/api/admin/outbox?caseId={id}");
        rows.Count.ShouldBeGreaterThan(0, "the case has outbox rows, and its region's supervisor sees them");
        (await GetArrayAsync(admin, $"/api/admin/outbox?caseId={id}")).Count.ShouldBe(rows.Count);

        (await guiyang.GetAsync($"/api/cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await GetArrayAsync(guiyang, $"/api/admin/outbox?caseId={id}")).ShouldBeEmpty();
        (await GetArrayAsync(guiyang, "/api/admin/outbox?take=1000")).ShouldNotContain(m => m!["caseId"] != null && m["caseId"]!.GetValue<long>() == id);
    }

}
