using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>
/// The public tracking page (/track, no sign-in): an applicant follows a finished case and rates it with the SMS code; a 不满意
/// rating's rectification task then waits in the deciding unit's inbox.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class TrackingTests(WebFixture web, OwnServer own) : IClassFixture<OwnServer>
{
    [Fact]
    public async Task An_applicant_tracks_a_finished_case_by_number_and_phone_rates_it_dissatisfied_and_the_rectification_reaches_the_deciding_units_inbox_only()
    {
        using var clerk = await own.Server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        using var approver = await own.Server.BearerClientAsync("approver", "CaseFlow-approver-2026");
        var (id, caseNo) = await CaseSetup.FinishedAsync(clerk, approver, "赵查询");

        var page = await web.NewPageAsync(own.Server);
        await page.GotoAsync($"/track?caseNo={Uri.EscapeDataString(caseNo)}");
        (await page.Locator("#track-case-no").InputValueAsync()).ShouldBe(caseNo, "?caseNo= prefills the number");
        await page.Locator("#track-phone").FillAsync(CaseSetup.Phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "查 询" }).Or(page.GetByRole(AriaRole.Button, new() { Name = "查询" })).ClickAsync();
        var facts = page.GetByTestId("tracking-facts");
        await facts.WaitForAsync();
        var text = await facts.InnerTextAsync();
        text.ShouldContain("已归档");
        text.ShouldContain("准予许可");
        text.ShouldContain("承诺办结日期");
        text.ShouldContain("运单号 EMS");
        (await page.GetByTestId("tracking-timeline").InnerTextAsync()).ShouldContain("邮件已签收");
        await InboxListTests.AssertNoIdNumberAsync(page);
        await WebFixture.ScreenshotAsync(page, "tracking-finished");

        // 关怀模式 on the public page too: the switch turns the larger theme on and off again.
        await page.GetByTestId("care-mode-switch").ClickAsync();
        await InboxTests.Expect(() => page.EvaluateAsync<bool>("document.body.classList.contains('care-mode')"), true);
        await WebFixture.ScreenshotAsync(page, "tracking-care-mode");
        await page.GetByTestId("care-mode-switch").ClickAsync();
        await InboxTests.Expect(() => page.EvaluateAsync<bool>("document.body.classList.contains('care-mode')"), false);

        var form = page.GetByTestId("rating-form");
        await form.GetByText("不满意", new() { Exact = true }).ClickAsync();
        await form.GetByLabel("办事效率").Locator("li").Nth(1).ClickAsync();
        await page.Locator("#rating-comment").FillAsync("等待时间太长，邮寄进度无人告知");
        await form.GetByRole(AriaRole.Button, new() { Name = "获取验证码" }).ClickAsync();
        await form.GetByText("验证码已发送至 138****8000").WaitForAsync();
        await page.Locator("#rating-code").FillAsync(await CaseSetup.LastRatingCodeAsync(own.Server, id));
        await form.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await page.GetByText("评价已提交，感谢您的反馈！").WaitForAsync();
        await WebFixture.ScreenshotAsync(page, "tracking-rated");

        var rating = (await clerk.GetFromJsonAsync<JsonObject>($"/api/cases/{id}/rating"))!;
        rating["level"]!.GetValue<string>().ShouldBe("Dissatisfied");
        rating["channel"]!.GetValue<string>().ShouldBe("Online");
        rating["comment"]!.GetValue<string>().ShouldBe("等待时间太长，邮寄进度无人告知");
        rating["criteria"]!.AsArray().ShouldContain(c => c!["criterion"]!.GetValue<string>() == "Efficiency" && c["score"]!.GetValue<int>() == 2);

        // 差评整改 (docs/decisions.md, decision 20): its first step, 核实, goes to the approvers of the unit that decided the case
        // (南明区, the home department), seen in their inbox's 可领取 with the case number and the step.
        var inbox = await web.NewPageAsync(own.Server);
        await WebFixture.SignInAsync(inbox, "approver", "CaseFlow-approver-2026");
        await inbox.GotoAsync("/inbox");
        await inbox.GetByTestId("inbox-search").WaitForAsync();
        await inbox.Keyboard.PressAsync("2");
        await inbox.Keyboard.PressAsync("/");
        await inbox.Keyboard.TypeAsync(caseNo);
        await inbox.Keyboard.PressAsync("Enter");
        await inbox.Keyboard.PressAsync("Escape");
        var rows = inbox.Locator("[data-task-id]");
        await InboxTests.Expect(() => rows.CountAsync(), 1);
        var row = await rows.InnerTextAsync();
        row.ShouldContain(caseNo);
        row.ShouldContain("差评核实");
        await InboxListTests.AssertNoIdNumberAsync(inbox);
        await WebFixture.ScreenshotAsync(inbox, "tracking-rectification-inbox");
        await inbox.Context.CloseAsync();
        // No other unit's inbox has it: not the intake window's (渝中区, whose clerk is an approver there too), in neither list.
        (await StepsAsync(approver, "queues", caseNo)).ShouldBe(["verify"]);
        (await StepsAsync(clerk, "queues", caseNo)).ShouldBeEmpty();
        (await StepsAsync(clerk, "mine", caseNo)).ShouldBeEmpty();

        // On a phone (390×844) the page is one column, nothing wider than the screen.
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await page.Locator("#track-phone").FillAsync(CaseSetup.Phone);
        await page.Locator("#track-phone").PressAsync("Enter");
        await page.GetByText("本办件已评价，感谢您的反馈。").WaitForAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await WebFixture.ScreenshotAsync(page, "tracking-mobile");
        await page.Context.CloseAsync();
    }

    /// <summary>The activity ids of the case's open tasks in one of the caller's task lists (mine or queues).</summary>
    private static async Task<List<string>> StepsAsync(HttpClient user, string list, string caseNo)
    {
        var page = (await user.GetFromJsonAsync<JsonObject>($"/api/tasks/{list}?caseNo={Uri.EscapeDataString(caseNo)}"))!;
        return page["items"]!.AsArray().Where(t => t!["caseNo"]!.GetValue<string>() == caseNo).Select(t => t!["activityId"]!.GetValue<string>()).ToList();
    }

    [Fact]
    public async Task A_wrong_phone_shows_a_clear_error_and_reveals_nothing_of_the_case()
    {
        using var clerk = await own.Server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        var (_, caseNo) = await CaseSetup.NotAcceptedAsync(clerk, "钱错号");
        var page = await web.NewPageAsync(own.Server);
        await page.GotoAsync($"/track?caseNo={Uri.EscapeDataString(caseNo)}");
        await page.Locator("#track-phone").FillAsync("13900139000");
        await page.Locator("#track-phone").PressAsync("Enter");
        var error = page.GetByTestId("tracking-error");
        await error.WaitForAsync();
        (await error.InnerTextAsync()).ShouldContain("未查到办件：请核对办件编号和手机号码是否与申请时一致。");
        (await page.GetByTestId("tracking-facts").CountAsync()).ShouldBe(0);
        var body = await page.Locator("body").InnerTextAsync();
        body.ShouldNotContain("钱错号");
        body.ShouldNotContain("居民身份证");
        await WebFixture.ScreenshotAsync(page, "tracking-wrong-phone");
        await page.Context.CloseAsync();
    }
}

/// <summary>A server of the test class's own (a fresh database), started once for the class.</summary>
public sealed class OwnServer : IAsyncLifetime
{
    public WebServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await WebServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
    }
}
