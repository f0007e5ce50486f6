using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Web.Tests;

/// <summary>Every document kind's print page in Chromium at an A4-like viewport: a screenshot each, and no empty field on it.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class DocumentPrintTests(WebFixture web, OwnServer own) : IClassFixture<OwnServer>
{
    private static readonly string[] AllKinds =
    [
        "AcceptanceNotice", "SupplementNotice", "NonAcceptanceDecision", "ApprovalDecision", "RejectionDecision", "ServiceRecord",
        "ClockStopNotice", "ExtensionNotice", "ArchivePackage",
    ];

    [Fact]
    public async Task Every_document_kind_prints_on_an_a4_page_with_no_empty_field()
    {
        using var clerkApi = await own.Server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        using var approverApi = await own.Server.BearerClientAsync("approver", "CaseFlow-approver-2026");
        var cases = new[]
        {
            await CaseSetup.FinishedAsync(clerkApi, approverApi, "孙文书"), await CaseSetup.RejectedAsync(clerkApi, approverApi, "孙文书"),
            await CaseSetup.NotAcceptedAsync(clerkApi, "孙文书"),
        };
        var page = await web.NewPageAsync(own.Server);
        await WebFixture.SignInAsync(page, "clerk", "CaseFlow-clerk-2026");
        await page.SetViewportSizeAsync(794, 1123); // A4 at 96 dpi
        var seen = new HashSet<string>();
        foreach (var (id, caseNo) in cases)
            foreach (var document in (await clerkApi.GetFromJsonAsync<JsonArray>($"/api/cases/{id}/documents"))!)
            {
                var kind = document!["kind"]!.GetValue<string>();
                await page.GotoAsync($"/api/cases/{id}/documents/{document["id"]}/print");
                var number = document["number"]!.GetValue<string>();
                (await page.Locator("[data-field=number]").InnerTextAsync()).ShouldBe(number);
                (await page.Locator("main").InnerTextAsync()).ShouldContain(caseNo);
                (await page.Locator(".qr svg").CountAsync()).ShouldBe(1, kind);
                (await page.Locator(".seal").InnerTextAsync()).ShouldContain("盖章处");
                // No field or cell is printed empty: every cell, value and footer field has text.
                var empty = await page.EvaluateAsync<string[]>(
                    "() => [...document.querySelectorAll('td, th, [data-field]')].filter(e => !e.textContent.trim() || e.textContent.trim() === '无').map(e => e.outerHTML)");
                empty.ShouldBeEmpty($"{kind} {number}");
                if (seen.Add(kind)) await WebFixture.ScreenshotAsync(page, $"document-{kind}");
            }
        seen.Order().ShouldBe(AllKinds.Order());
        await page.Context.CloseAsync();
    }
}
