using System.Net;
using System.Text.RegularExpressions;
using CaseFlow.Server.Documents;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Documents;

/// <summary>Every document a case produces prints as an office issues it (README "Documents"): all fields filled, 文号, QR code, access and masking.</summary>
public sealed partial class DocumentPrintTests
{
    private const string TrackingBase = "https://zwfw.example.gov.cn";

    [Fact]
    public async Task Every_document_kind_prints_with_every_field_filled_a_unique_number_and_the_tracking_qr_code()
    {
        await using var app = new CaseFlowApplication();
        app.Settings["Documents:TrackingBaseUrl"] = TrackingBase;
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();

        var approved = await DocumentCases.ApprovedWithClockActsAsync(clerk, approver);
        var rejected = await DocumentCases.RejectedAsync(clerk, approver);
        var notAccepted = await DocumentCases.NotAcceptedAsync(clerk);

        var printed = new List<(string Kind, string Number)>();
        foreach (var (id, caseNo) in new[] { approved, rejected, notAccepted })
            foreach (var document in await GetArrayAsync(clerk, $"/api/cases/{id}/documents"))
            {
                var kind = Str(document!["kind"]);
                var number = Str(document["number"]);
                var html = await PrintAsync(clerk, id, document["id"]!.GetValue<long>());
                AssertComplete(html, kind, number, caseNo);
                printed.Add((kind, number));
            }

        printed.Select(p => p.Kind).Distinct().Order().ShouldBe(DocumentCases.AllKinds.Order(), "every kind is produced by the case flow and printed");
        printed.Select(p => p.Number).ShouldBeUnique("文号 are unique");
        printed.ShouldAllBe(p => NumberPattern().IsMatch(p.Number));
        // Per unit, year and kind a register: the window's second 受理通知书 and 一次性告知书 of the year count on from the first.
        var acceptances = printed.Where(p => p.Kind == "AcceptanceNotice").Select(p => p.Number).ToList();
        acceptances.ShouldBe(["渝中行审受〔2026〕1号", "渝中行审受〔2026〕2号"]);
        printed.Where(p => p.Kind == "ApprovalDecision").Single().Number.ShouldBe("南明公许〔2026〕1号");
    }

    [Fact]
    public async Task The_audit_trail_records_each_document_with_its_number_and_the_chain_verifies()
    {
        await using var app = new CaseFlowApplication();
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var (id, _) = await DocumentCases.ApprovedWithClockActsAsync(clerk, approver);

        var numbers = (await GetArrayAsync(clerk, $"/api/cases/{id}/documents")).Select(d => Str(d!["number"])).ToList();
        var recorded = (await GetArrayAsync(clerk, $"/api/cases/{id}/audit"))
            .Where(e => Str(e!["subject"]) == "CaseDocument" && Str(e["action"]) == "Added")
            .Select(e => e!["changes"]!["Number"]!["after"]!.GetValue<string>()).ToList();
        numbers.Count.ShouldBeGreaterThan(2);
        recorded.Order().ShouldBe(numbers.Order(), "the number is given inside the save and recorded with the document");
        (await GetJsonAsync(clerk, $"/api/cases/{id}/audit/verify"))["valid"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task The_print_masks_personal_data_but_for_admins_and_another_district_gets_404()
    {
        await using var app = new CaseFlowApplication();
        var clerk = await app.ClerkAsync();
        var admin = await app.AdminAsync();
        var (id, caseNo) = await DocumentCases.NotAcceptedAsync(clerk);
        var document = (await GetArrayAsync(clerk, $"/api/cases/{id}/documents")).First(d => Str(d!["kind"]) == "NonAcceptanceDecision")!;
        var url = $"/api/cases/{id}/documents/{document["id"]}/print";

        var masked = await PrintAsync(clerk, id, document["id"]!.GetValue<long>());
        masked.ShouldContain("520102********1234");
        masked.ShouldContain("138****8000");
        masked.ShouldNotContain(DocumentCases.IdNumber);
        masked.ShouldNotContain(Phone);
        (await PrintAsync(admin, id, document["id"]!.GetValue<long>())).ShouldContain(DocumentCases.IdNumber);

        var outsider = await app.StaffUserAsync(admin, "p.outsider", ("500242-W01", "clerk"), ("500242-W01", "approver"));
        (await outsider.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/cases/{id}/documents")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Without a configured base the QR code links to the server that printed it.
        masked.ShouldContain($"data-payload=\"http://localhost/track?caseNo={Uri.EscapeDataString(caseNo)}\"");
    }

    private static void AssertComplete(string html, string kind, string number, string caseNo)
    {
        var context = $"{kind} {number}";
        html.ShouldContain($"<h1>{DocumentLayout.Title(Enum.Parse<Domain.Documents.DocumentKind>(kind))}</h1>", customMessage: context);
        html.ShouldContain($"<div class=\"number\" data-field=\"number\">{number}</div>", customMessage: context);
        html.ShouldContain("（盖章处）", customMessage: context);
        html.ShouldContain(caseNo, customMessage: context);
        if (kind != "ArchivePackage") html.ShouldContain("申请人（受送达人）签收", customMessage: context);
        EmptyCell().Matches(html).ShouldBeEmpty($"{context}: no empty cell or field");
        html.ShouldNotContain("<td>无</td>", customMessage: context);
        html.ShouldNotContain("—", customMessage: context);
        HandlerField().Match(html).Groups[1].Value.Length.ShouldBeGreaterThan(0, context);

        // The QR code encodes the tracking URL: the same payload encoded again gives the same symbol.
        var url = $"{TrackingBase}/track?caseNo={Uri.EscapeDataString(caseNo)}";
        html.ShouldContain($"data-payload=\"{url}\"", customMessage: context);
        html.ShouldContain(TrackingQr.Svg(url), customMessage: context);
        html.ShouldNotContain(TrackingQr.Svg(url + "x"), customMessage: context);

        var expected = DocumentCases.Expected[kind];
        foreach (var text in expected) html.ShouldContain(text, customMessage: context);
    }

    private static async Task<string> PrintAsync(HttpClient client, long caseId, long documentId)
    {
        var response = await client.GetAsync($"/api/cases/{caseId}/documents/{documentId}/print");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"<(td|th|dd|span)[^>]*>\s*</\1>")]
    private static partial Regex EmptyCell();

    [GeneratedRegex(@"data-field=""handler"">([^<]*)<")]
    private static partial Regex HandlerField();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}+〔2026〕\d+号$")]
    private static partial Regex NumberPattern();
}
