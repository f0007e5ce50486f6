using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>
/// The audit trail (docs/decisions.md, decision 18) through the HTTP API on the SQLite file: every change to a case and its tasks is a
/// hash-chained event, the head is signed with the key outside the database, and verify names what was tampered with.
/// </summary>
public sealed class AuditTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    private const string IdNumber = "520102199001191234";

    [Fact]
    public async Task A_case_walked_through_review_and_approval_verifies_and_its_audit_lists_case_and_task_changes_with_actor_and_org_unit()
    {
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var (id, caseNo) = await CaseWorkflowTests.ToApprovalAsync(clerk);
        await CompleteAsync(approver, await OpenTaskAsync(approver, caseNo, "approval"), "approve", new JsonObject { ["opinion"] = "符合换领条件" });
        await CaseWorkflowTests.DeliverAsync(clerk, id);

        var verify = await GetJsonAsync(clerk, $"/api/cases/{id}/audit/verify");
        verify["valid"]!.GetValue<bool>().ShouldBeTrue(verify.ToJsonString());
        verify["problem"].ShouldBeNull();
        verify["firstBrokenSequence"].ShouldBeNull();

        var events = await AuditAsync(clerk, id);
        events.Select(e => e["sequence"]!.GetValue<long>()).ShouldBe(Enumerable.Range(1, events.Count).Select(i => (long)i));
        verify["events"]!.GetValue<int>().ShouldBe(events.Count);
        verify["headSequence"]!.GetValue<long>().ShouldBe(events.Count);

        var applied = events[0];
        (Str(applied["subject"]), Str(applied["action"]), Str(applied["actor"])).ShouldBe(("Case", "Added", "clerk"));
        Units(applied).ShouldContain("500103-W01");
        Str(applied["changes"]!["CaseNo"]!["after"]).ShouldBe(caseNo);

        // The approver's decision: the approval task completed, by the approver, acting for 贵阳市南明区.
        var approved = events.Single(e => Str(e["subject"]) == "CaseTask" && After(e, "Outcome") == "approve");
        (Str(approved["action"]), Str(approved["actor"])).ShouldBe(("Modified", "approver"));
        Units(approved).ShouldContain("520102");
        After(approved, "Status").ShouldBe("Completed");
        approved["changes"]!["Status"]!["before"]!.GetValue<string>().ShouldBeOneOf("Open", "Claimed");

        // Every status the case went through, each with its before and after.
        var statuses = events.Where(e => Str(e["subject"]) == "Case" && e["changes"]!["Status"] is not null).Select(e => After(e, "Status")).ToList();
        statuses.ShouldContain("AwaitingSupplement");
        statuses.ShouldContain("InApproval");
        events.ShouldContain(e => Str(e["subject"]) == "Case" && After(e, "Outcome") == "Approved" && Str(e["actor"]) == "approver");
        statuses[^1].ShouldBe("Archived");
        var review = events.First(e => Str(e["subject"]) == "CaseTask" && Str(e["action"]) == "Added");
        Str(review["actor"]).ShouldBe("clerk");
        review["changes"]!["CaseId"]!["after"]!.GetValue<long>().ShouldBe(id, "an added row is described with its stored keys");
        events.ShouldAllBe(e => e["hash"]!.GetValue<string>().Length == 64 && Str(e["algorithm"]) == "SHA-256");
    }

    [Fact]
    public async Task Changing_one_audit_row_in_the_database_makes_verify_name_that_row()
    {
        var clerk = await app.ClerkAsync();
        var (id, _) = await CaseWorkflowTests.ToApprovalAsync(clerk);
        var events = await AuditAsync(clerk, id);
        events.Count.ShouldBeGreaterThan(4);
        var target = events.First(e => e["sequence"]!.GetValue<long>() >= 3 && Str(e["actor"]) == "clerk")["sequence"]!.GetValue<long>();

        // Someone with database access pins the step on another user.
        (await ExecuteAsync($"""UPDATE "AuditEvents" SET "Payload" = replace("Payload", '"actor":"clerk"', '"actor":"admin"') WHERE "Stream" = 'case:{id}' AND "Sequence" = {target}"""))
            .ShouldBe(1);

        var verify = await GetJsonAsync(clerk, $"/api/cases/{id}/audit/verify");
        verify["valid"]!.GetValue<bool>().ShouldBeFalse();
        Str(verify["problem"]).ShouldBe("hash-mismatch");
        verify["firstBrokenSequence"]!.GetValue<long>().ShouldBe(target);
        Str(verify["message"]).ShouldContain($"Event {target}");
        Str(verify["summary"]).ShouldContain($"第 {target} 条");
    }

    [Fact]
    public async Task Deleting_the_last_two_events_is_reported_as_a_missing_tail_and_rewinding_the_head_breaks_its_signature()
    {
        var clerk = await app.ClerkAsync();
        var (id, _) = await CaseWorkflowTests.ToApprovalAsync(clerk);
        var count = (await AuditAsync(clerk, id)).Count;

        (await ExecuteAsync($"""DELETE FROM "AuditEvents" WHERE "Stream" = 'case:{id}' AND "Sequence" > {count - 2}""")).ShouldBe(2);

        var verify = await GetJsonAsync(clerk, $"/api/cases/{id}/audit/verify");
        verify["valid"]!.GetValue<bool>().ShouldBeFalse();
        Str(verify["problem"]).ShouldBe("missing-tail");
        verify["firstBrokenSequence"]!.GetValue<long>().ShouldBe(count - 1);
        verify["headSequence"]!.GetValue<long>().ShouldBe(count);
        verify["events"]!.GetValue<int>().ShouldBe(count - 2);

        // Moving the head back onto the last remaining event needs the key, which is not in the database.
        (await ExecuteAsync($"""
            UPDATE "Cases" SET "AuditSequence" = {count - 2},
                "AuditHash" = (SELECT "Hash" FROM "AuditEvents" WHERE "Stream" = 'case:{id}' AND "Sequence" = {count - 2}) WHERE "Id" = {id}
            """)).ShouldBe(1);
        var rewound = await GetJsonAsync(clerk, $"/api/cases/{id}/audit/verify");
        rewound["valid"]!.GetValue<bool>().ShouldBeFalse();
        Str(rewound["problem"]).ShouldBe("head-signature");
    }

    [Fact]
    public async Task Rewriting_an_event_with_a_fresh_hash_breaks_the_link_to_the_next_and_deleting_one_in_the_middle_is_a_gap()
    {
        var clerk = await app.ClerkAsync();
        var (id, _) = await CaseWorkflowTests.ToApprovalAsync(clerk);
        var stream = $"case:{id}";

        // A careful forger recomputes the hash of the event they changed: the next event still names the old hash.
        var (previous, payload) = await ReadEventAsync(stream, 2);
        var forged = payload.Replace("\"actor\":\"clerk\"", "\"actor\":\"admin\"");
        forged.ShouldNotBe(payload);
        (await ExecuteAsync("""UPDATE "AuditEvents" SET "Payload" = $payload, "Hash" = $hash WHERE "Stream" = $stream AND "Sequence" = 2""",
            ("$payload", forged), ("$hash", CaseFlow.Domain.Audit.AuditHashing.Compute("SHA-256", previous, forged)!), ("$stream", stream))).ShouldBe(1);
        var relinked = await GetJsonAsync(clerk, $"/api/cases/{id}/audit/verify");
        (Str(relinked["problem"]), relinked["firstBrokenSequence"]!.GetValue<long>()).ShouldBe(("broken-link", 3L));

        (await ExecuteAsync("""DELETE FROM "AuditEvents" WHERE "Stream" = $stream AND "Sequence" = 3""", ("$stream", stream))).ShouldBe(1);
        var gap = await GetJsonAsync(clerk, $"/api/cases/{id}/audit/verify");
        gap["valid"]!.GetValue<bool>().ShouldBeFalse();
        (Str(gap["problem"]), gap["firstBrokenSequence"]!.GetValue<long>()).ShouldBe(("gap", 3L));
    }

    [Fact]
    public async Task A_definition_published_through_the_API_is_in_the_definitions_stream_which_verifies_for_admins_only()
    {
        var designer = await app.DesignerAsync();
        var admin = await app.AdminAsync();
        const string definition = """
            {
              "definitionId": "audit-probe", "name": "审计探针",
              "root": {
                "activities": [ { "id": "start", "type": "Start" }, { "id": "end", "type": "End" } ],
                "connections": [ { "from": "start", "to": "end" } ]
              }
            }
            """;
        (await designer.PutAsync("/api/definitions/audit-probe/draft", new StringContent(definition, Encoding.UTF8, "application/json")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await PostOkAsync(designer, "/api/definitions/audit-probe/publish", null);

        var events = (await GetArrayAsync(admin, "/api/admin/audit/definitions?take=1000")).Select(e => e!.AsObject()).ToList();
        var added = events.Single(e => Str(e["subject"]) == "WorkflowDefinitionRecord" && e["changes"]!["DefinitionId"]?["after"]?.GetValue<string>() == "audit-probe");
        var probe = events.Where(e => Str(e["subject"]) == "WorkflowDefinitionRecord" && Str(e["subjectId"]) == Str(added["subjectId"])).ToList();
        probe.Select(e => Str(e["action"])).ShouldBe(["Added", "Modified"]);
        probe.ShouldAllBe(e => Str(e["actor"]) == "designer");
        probe[1]["changes"]!["IsPublished"]!["before"]!.GetValue<bool>().ShouldBeFalse();
        probe[1]["changes"]!["IsPublished"]!["after"]!.GetValue<bool>().ShouldBeTrue();

        var verify = await GetJsonAsync(admin, "/api/admin/audit/definitions/verify");
        verify["valid"]!.GetValue<bool>().ShouldBeTrue(verify.ToJsonString());
        verify["events"]!.GetValue<int>().ShouldBe(events.Count);
        (await GetJsonAsync(admin, "/api/admin/audit/catalog/verify"))["valid"]!.GetValue<bool>().ShouldBeTrue();
        (await designer.GetAsync("/api/admin/audit/definitions/verify")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync("/api/admin/audit/nonsense/verify")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_clerk_reads_masked_id_numbers_and_phones_in_the_audit_while_an_admin_reads_them_in_full()
    {
        var clerk = await app.ClerkAsync();
        var admin = await app.AdminAsync();
        var id = (await ApplyAsync(clerk))["id"]!.GetValue<long>();

        var masked = (await AuditAsync(clerk, id))[0]["changes"]!;
        Str(masked["Applicant.IdNumber"]!["after"]).ShouldBe("520102********1234");
        Str(masked["Applicant.Phone"]!["after"]).ShouldBe("138****8000");
        Str(masked["Applicant.Name"]!["after"]).ShouldBe("张三");
        var form = Str(masked["FormDataJson"]!["after"]);
        form.ShouldContain("520102********1234");
        form.ShouldNotContain(IdNumber);
        masked.ToJsonString().ShouldNotContain(Phone);

        var full = (await AuditAsync(admin, id))[0]["changes"]!;
        Str(full["Applicant.IdNumber"]!["after"]).ShouldBe(IdNumber);
        Str(full["Applicant.Phone"]!["after"]).ShouldBe(Phone);
        Str(full["FormDataJson"]!["after"]).ShouldContain(IdNumber);
    }

    [Fact]
    public async Task A_restarted_server_on_the_same_folder_keeps_the_key_file_and_the_chain_verifies()
    {
        string folder;
        long id;
        await using (var first = new CaseFlowApplication())
        {
            first.DeleteOnDispose = false;
            folder = first.Folder;
            var clerk = await first.ClerkAsync();
            id = (await ApplyAsync(clerk))["id"]!.GetValue<long>();
            File.Exists(first.AuditKeyPath).ShouldBeTrue();
            if (!OperatingSystem.IsWindows())
                File.GetUnixFileMode(first.AuditKeyPath).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        try
        {
            await using var second = new CaseFlowApplication(folder);
            var clerk = await second.ClerkAsync();
            var caseNo = Str((await GetCaseAsync(clerk, id))["caseNo"]);
            await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "supplement", EveryPointPassed(IdCardReviewPoints, new JsonObject { ["note"] = "请补正" }));
            var verify = await GetJsonAsync(clerk, $"/api/cases/{id}/audit/verify");
            verify["valid"]!.GetValue<bool>().ShouldBeTrue(verify.ToJsonString());
            var admin = await second.AdminAsync();
            (await GetJsonAsync(admin, "/api/admin/audit/catalog/verify"))["valid"]!.GetValue<bool>().ShouldBeTrue();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<List<JsonObject>> AuditAsync(HttpClient client, long caseId) =>
        (await GetArrayAsync(client, $"/api/cases/{caseId}/audit")).Select(e => e!.AsObject()).ToList();

    private static string? After(JsonObject e, string property) => e["changes"]?[property]?["after"]?.GetValue<string>();

    private static List<string> Units(JsonObject e) => e["orgUnits"]!.AsArray().Select(Str).ToList();

    /// <summary>A statement straight on the database, past the application: what someone with database access could do.</summary>
    private async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await app.OpenDatabaseAsync(readOnly: false);
        await using var command = connection.Command(sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    private async Task<(string PreviousHash, string Payload)> ReadEventAsync(string stream, long sequence)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.Command("""SELECT "PreviousHash", "Payload" FROM "AuditEvents" WHERE "Stream" = $stream AND "Sequence" = $sequence""",
            ("$stream", stream), ("$sequence", sequence));
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return (reader.GetString(0), reader.GetString(1));
    }
}
