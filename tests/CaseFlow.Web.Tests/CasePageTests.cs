using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CaseFlow.Web.Tests.InboxTests;

namespace CaseFlow.Web.Tests;

/// <summary>
/// The case page (issue 12 point 2) in Debian's Chromium: a clerk takes a case in at /intake that lacks two materials, reviews it,
/// issues the one-time notice (一次性告知) and prints it, records the supplement, reviews again and accepts; an approver approves from the inbox.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CasePageTests(WebFixture web, InboxServer inbox) : IClassFixture<InboxServer>
{
    private WebServer Server => inbox.Server;

    [Fact]
    public async Task A_clerk_takes_a_case_in_issues_and_prints_a_one_time_notice_records_the_supplement_and_accepts_and_an_approver_approves_from_the_inbox()
    {
        using var clerkApi = await Server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        var page = await web.NewPageAsync(Server);
        await WebFixture.SignInAsync(page, "clerk", "CaseFlow-clerk-2026");

        // 窗口收件 in the browser: only M01 is handed in (its original verified); M02 and M03 are to come.
        var caseNo = await TakeInAsync(page, "孙补正");
        var taskId = await CaseApi.OpenTaskAsync(clerkApi, caseNo, "review");

        // From the inbox: 可领取, search, j, Enter opens the case page of the task.
        await page.GotoAsync("/inbox");
        await page.GetByTestId("inbox-search").WaitForAsync();
        await OpenFromInboxAsync(page, caseNo);
        page.Url.ShouldEndWith($"?task={taskId}");
        var caseId = long.Parse(new Uri(page.Url).AbsolutePath.Split('/')[2]);
        (await page.GetByTestId("case-status").InnerTextAsync()).ShouldBe("审查中");
        // The form with the item schema's labels, personal fields masked; the materials with their states.
        var form = page.GetByTestId("case-form");
        await form.GetByText("申请事由").WaitForAsync();
        await form.GetByText("有效期满换领").WaitForAsync();
        (await form.InnerTextAsync()).ShouldContain("公民身份号码");
        await page.GetByTestId("case-materials").GetByText("缺失").First.WaitForAsync();
        await page.GetByTestId("case-materials").GetByText("原件已核验").WaitForAsync();

        // The review: M02 and M03 are missing, and R03 (the photo) needs 补正 citing its basis; the notice is previewed, then issued.
        await page.GetByTestId("task-claim").ClickAsync();
        await page.GetByTestId("task-actions").GetByText("已签收").WaitForAsync();
        await page.GetByTestId("point-R03").GetByText("需补正").ClickAsync();
        (await page.GetByLabel("依据 R03").InputValueAsync()).ShouldContain("GA 461");
        var preview = page.GetByTestId("notice-preview");
        await preview.WaitForAsync();
        (await preview.Locator("tbody tr").CountAsync()).ShouldBe(3);
        (await page.GetByTestId("derived-outcome").InnerTextAsync()).ShouldBe("一次性告知");
        await AssertNoIdNumberAsync(page);
        await WebFixture.ScreenshotAsync(page, "case");
        File.Copy(Path.Combine(WebFixture.ScreenshotDir, "case.png"), Path.Combine(WebServer.RepoRoot(), "docs", "images", "case.png"), overwrite: true);
        await page.GetByTestId("complete").ClickAsync();
        await Expect(() => page.GetByTestId("case-status").InnerTextAsync(), "待补正");

        // The notice prints: the print view opens with the case number, every line listed, and each review point's basis filled.
        await page.GetByRole(AriaRole.Tab, new() { Name = "文书（1）" }).ClickAsync();
        var print = await page.RunAndWaitForPopupAsync(() => page.GetByTestId("print-SupplementNotice").ClickAsync());
        await print.WaitForLoadStateAsync();
        var html = await print.ContentAsync();
        html.ShouldContain("一次性告知书");
        html.ShouldContain(caseNo);
        // Each line of the notice's table as [its text, its 依据 cell], the column found by its heading.
        var lines = await print.EvaluateAsync<string[][]>("""
            () => {
              const table = [...document.querySelectorAll('table')].find(t => [...t.querySelectorAll('th')].some(h => h.innerText.includes('依据')));
              if (!table) return [];
              const basis = [...table.querySelectorAll('th')].findIndex(h => h.innerText.includes('依据'));
              return [...table.querySelectorAll('tbody tr')].map(r => {
                const cells = [...r.querySelectorAll('td')].map(c => c.innerText.trim());
                return [cells.join(' '), cells[basis] ?? ''];
              });
            }
            """);
        lines.Length.ShouldBe(3, string.Join(" | ", lines.Select(l => string.Join(",", l))));
        lines.ShouldContain(l => l[0].Contains("相片") && l[1].Contains("GA 461"), "the review point's line cites its basis");
        // Every line cites its basis, the missing materials' too (a document prints no empty field, issue 12).
        lines.Where(l => l[1].Length == 0).Select(l => l[0]).ShouldBeEmpty("lines printed with an empty 依据 cell");
        await WebFixture.ScreenshotAsync(print, "case-notice-print");
        await print.CloseAsync();

        // The applicant brings M02 and M03: the clerk records the supplement; a new review waits on the same page.
        await page.GetByTestId("supplement-submit").ClickAsync();
        await page.GetByTestId("supplement-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.GetByTestId("task-claim").WaitForAsync();
        (await page.GetByTestId("case-materials").GetByText("缺失").CountAsync()).ShouldBe(0);
        // Every point passes now; the outcome follows: pass (受理), and the case goes on to its home department.
        (await page.GetByTestId("derived-outcome").InnerTextAsync()).ShouldBe("通过");
        await page.GetByTestId("complete").ClickAsync();
        await Expect(async () => (await page.GetByTestId("case-status").InnerTextAsync()) is "审批中" or "已推送" or "已受理", true);
        await page.GetByRole(AriaRole.Tab, new() { Name = "办理过程" }).ClickAsync();
        await page.GetByTestId("case-timeline").GetByText("一次性告知书", new() { Exact = false }).First.WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "审计" }).ClickAsync();
        await page.GetByTestId("audit-verify").GetByText("审计链校验通过").WaitForAsync();
        await page.Context.CloseAsync();

        // The approver (贵阳市南明区) finds it in the inbox's queue, opens the case page and approves.
        var approver = await web.NewPageAsync(Server);
        await WebFixture.SignInAsync(approver, "approver", "CaseFlow-approver-2026");
        await approver.GotoAsync("/inbox");
        await approver.GetByTestId("inbox-search").WaitForAsync();
        await OpenFromInboxAsync(approver, caseNo);
        await approver.GetByTestId("task-claim").ClickAsync();
        await approver.GetByTestId("task-actions").GetByText("已签收").WaitForAsync();
        await approver.GetByTestId("outcome-select").ClickAsync();
        await approver.Locator(".ant-select-item-option").GetByText("准予许可").ClickAsync();
        await approver.GetByLabel("审批意见").FillAsync("符合换领条件，准予许可");
        await approver.GetByTestId("complete").ClickAsync();
        var approved = await WaitForAsync(clerkApi, caseId, c => c["outcome"]?.GetValue<string>() == "Approved");
        approved["outcome"]!.GetValue<string>().ShouldBe("Approved");
        await AssertNoIdNumberAsync(approver);
        await WebFixture.ScreenshotAsync(approver, "case-approved");
        await approver.Context.CloseAsync();
    }

    /// <summary>Takes a 居民身份证换领 case in at /intake with M01 verified and M02, M03 left 缺少 (missing); answers its number once the case page opens.</summary>
    private static async Task<string> TakeInAsync(IPage page, string applicant)
    {
        await IntakeTests.OpenWithIdCardRenewalAsync(page);
        await page.GetByTestId("applicant-name").FillAsync(applicant);
        await page.GetByTestId("applicant-id-number").FillAsync(IdNumber);
        await page.GetByTestId("applicant-phone").FillAsync("13800138000");
        await page.GetByTestId("applicant-address").FillAsync("重庆市渝中区解放碑街道民族路 1 号");
        await page.GetByTestId("delivery-method").GetByText("邮寄送达").ClickAsync();
        await page.GetByTestId("delivery-address").FillAsync("重庆市渝中区解放碑街道民族路 1 号");
        await page.GetByTestId("field-homeRegion").FillAsync("520102");
        await page.GetByTestId("field-applicantName").FillAsync(applicant);
        await page.GetByTestId("field-idNumber").FillAsync(IdNumber);
        await page.GetByTestId("field-reason").ClickAsync();
        await IntakeTests.Option(page, "有效期满换领").ClickAsync();
        await page.GetByTestId("field-pickupMethod").ClickAsync();
        await IntakeTests.Option(page, "EMS邮寄送达").ClickAsync();
        await page.GetByTestId("material-M01").GetByText("原件已核验").ClickAsync();
        (await page.GetByTestId("material-M02").Locator(".ant-radio-button-wrapper-checked").InnerTextAsync()).ShouldBe("缺少");
        (await page.GetByTestId("material-M03").Locator(".ant-radio-button-wrapper-checked").InnerTextAsync()).ShouldBe("缺少");
        await WebFixture.ScreenshotAsync(page, "case-intake");
        await page.GetByTestId("intake-submit").ClickAsync();
        var caseNoText = await page.GetByTestId("intake-case-no").InnerTextAsync();
        await page.WaitForURLAsync(new Regex(@"/cases/\d+$"));
        await page.GetByTestId("case-no").WaitForAsync();
        return caseNoText.Split('：').Last().Trim();
    }

    private static async Task OpenFromInboxAsync(IPage page, string caseNo)
    {
        await page.Keyboard.PressAsync("2");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync(caseNo);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Escape");
        await Expect(() => page.Locator("[data-task-id]").CountAsync(), 1);
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("case-no").GetByText(caseNo).WaitForAsync();
    }

    private static Task AssertNoIdNumberAsync(IPage page) => InboxListTests.AssertNoIdNumberAsync(page);

    private static async Task<JsonObject> WaitForAsync(HttpClient api, long caseId, Func<JsonObject, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        JsonObject found;
        while (!done(found = (await api.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}"))!) && DateTime.UtcNow < deadline) await Task.Delay(200);
        return found;
    }
}
