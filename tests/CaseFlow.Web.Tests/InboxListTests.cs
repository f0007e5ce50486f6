using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CaseFlow.Web.Tests.InboxTests;

namespace CaseFlow.Web.Tests;

/// <summary>
/// The inbox's 办过的 tab, transfer and bulk transfer (转办), used with the keyboard alone (number keys, /, j/k, t, x, Tab, Enter),
/// and no unmasked ID number anywhere a clerk looks. Its own server: these tests create cases.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class InboxListTests(WebFixture web, InboxServer inbox) : IClassFixture<InboxServer>
{
    private WebServer Server => inbox.Server;

    /// <summary>A 居民身份证号码 standing alone (not inside a longer run of letters and digits such as a case number).</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])")]
    internal static partial Regex IdNumberPattern();

    [Fact]
    public async Task A_clerk_transfers_one_task_then_two_at_once_and_opens_a_done_task_with_the_keyboard_alone()
    {
        using var clerkApi = await Server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        using var clerk2Api = await Server.BearerClientAsync("clerk2", "CaseFlow-clerk2-2026");
        var held = new List<(string CaseNo, long TaskId)>();
        for (var i = 0; i < 3; i++)
        {
            var c = await ApplyAsync(clerkApi, "钱转办");
            (await clerkApi.PostAsync($"/api/tasks/{c.TaskId}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            held.Add(c);
        }
        var finished = await ApplyAsync(clerkApi, "钱转办");
        var review = await clerkApi.PostAsJsonAsync($"/api/tasks/{finished.TaskId}/complete", new JsonObject
        {
            ["outcome"] = "pass",
            ["data"] = new JsonObject { ["checklist"] = new JsonArray(new[] { "R01", "R02", "R03", "R04" }.Select(p => (JsonNode)new JsonObject { ["code"] = p, ["result"] = "pass" }).ToArray()) },
        });
        review.StatusCode.ShouldBe(HttpStatusCode.OK, await review.Content.ReadAsStringAsync());

        var page = await web.NewPageAsync(Server);
        await WebFixture.SignInAsync(page, "clerk", "CaseFlow-clerk-2026");
        await page.GotoAsync("/inbox");
        await page.GetByTestId("inbox-search").WaitForAsync();
        var rows = page.Locator("[data-task-id]");

        // 1 = 我的待办, / searches; the three held tasks are there with the window and department columns.
        await page.Keyboard.PressAsync("1");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("钱转办");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Escape");
        await Expect(() => rows.CountAsync(), 3);
        (await rows.First.InnerTextAsync()).ShouldContain("钱**");

        // j selects the first row, t opens the transfer; the candidate box has the focus: type, Enter picks, Tab to the reason, Enter sends.
        await page.Keyboard.PressAsync("j");
        var first = long.Parse((await rows.First.GetAttributeAsync("data-task-id"))!);
        await page.Keyboard.PressAsync("t");
        await page.Locator("#transfer-to:focus").WaitForAsync();
        await page.Keyboard.TypeAsync("clerk2");
        await page.Locator(".ant-select-item-option-active:visible").GetByText("clerk2").WaitForAsync(); // the open list, not a closed one left in the page
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("transfer-to").GetByText("张伟（clerk2）").WaitForAsync(); // chosen: shown in the box
        // The list closed: while it is open, Tab picks its active option again (rc-select) instead of moving on.
        await page.Locator("#transfer-to[aria-expanded=false]").WaitForAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Locator("#transfer-reason:focus").WaitForAsync();
        await page.Keyboard.TypeAsync("本人外出，转同事办理");
        await Expect(() => page.Locator("#transfer-reason").InputValueAsync(), "本人外出，转同事办理");
        await page.Keyboard.PressAsync("Enter");
        await ExpectRowsAsync(page, rows, 2);
        (await AssigneeAsync(clerk2Api, first)).ShouldBe("clerk2");

        // x ticks both rows left (j moves down between them), t transfers them at once to the one candidate both may go to.
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("x");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("x");
        (await page.GetByTestId("bulk-transfer").InnerTextAsync()).ShouldContain("2");
        await page.Keyboard.PressAsync("t");
        await page.GetByTestId("transfer-modal").GetByText("转办（2 件）").WaitForAsync();
        await page.Locator("#transfer-to:focus").WaitForAsync();
        await page.Keyboard.TypeAsync("clerk2");
        await page.Locator(".ant-select-item-option-active:visible").GetByText("clerk2").WaitForAsync(); // the open list, not a closed one left in the page
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("transfer-to").GetByText("张伟（clerk2）").WaitForAsync(); // chosen: shown in the box
        // The list closed: while it is open, Tab picks its active option again (rc-select) instead of moving on.
        await page.Locator("#transfer-to[aria-expanded=false]").WaitForAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Locator("#transfer-reason:focus").WaitForAsync();
        await page.Keyboard.TypeAsync("集中由张伟办理");
        await Expect(() => page.Locator("#transfer-reason").InputValueAsync(), "集中由张伟办理");
        await page.Keyboard.PressAsync("Enter");
        await ExpectRowsAsync(page, rows, 0);
        foreach (var (_, taskId) in held) (await AssigneeAsync(clerk2Api, taskId)).ShouldBe("clerk2");

        // 3 = 办过的: the review I completed, with its outcome; k/j move, Enter opens its case page.
        await page.Keyboard.PressAsync("3");
        await page.Locator(".ant-tabs-tab-active").GetByText("办过的").WaitForAsync();
        await Expect(() => rows.CountAsync(), 1);
        (await rows.First.InnerTextAsync()).ShouldContain("通过");
        (await page.GetByTestId("tab-done").InnerTextAsync()).ShouldContain("1");
        await AssertNoIdNumberAsync(page);
        await WebFixture.ScreenshotAsync(page, "inbox-done");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("case-no").GetByText(finished.CaseNo).WaitForAsync();
        page.Url.ShouldContain($"?task={finished.TaskId}");
        await page.GetByTestId("case-form").WaitForAsync();
        await AssertNoIdNumberAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>Waits for the row count; on failure says what the page showed (messages, an open modal) and keeps a screenshot.</summary>
    private static async Task ExpectRowsAsync(IPage page, ILocator rows, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await rows.CountAsync() != expected && DateTime.UtcNow < deadline) await Task.Delay(100);
        if (await rows.CountAsync() == expected) return;
        await WebFixture.ScreenshotAsync(page, "inbox-transfer-failed");
        var shown = await page.Locator(".ant-message, .ant-modal").AllInnerTextsAsync();
        (await rows.CountAsync()).ShouldBe(expected, string.Join(" | ", shown));
    }

    /// <summary>Nothing on the page — text or markup — shows an ID number unmasked to a non-admin.</summary>
    internal static async Task AssertNoIdNumberAsync(IPage page)
    {
        var text = await page.Locator("body").InnerTextAsync();
        IdNumberPattern().Matches(text).Select(m => m.Value).ShouldBeEmpty();
        (await page.ContentAsync()).ShouldNotContain(IdNumber);
    }

    private static async Task<string?> AssigneeAsync(HttpClient clerk2, long taskId)
    {
        var mine = (await clerk2.GetFromJsonAsync<JsonObject>("/api/tasks/mine?pageSize=200"))!["items"]!.AsArray();
        return mine.Any(t => t!["id"]!.GetValue<long>() == taskId) ? "clerk2" : null;
    }
}
