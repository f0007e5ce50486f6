using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>
/// The inbox (待办, issue 12 point 1) in Debian's Chromium against the real server, used with the keyboard only. These tests
/// create cases, so they run on a server of their own: the shared one stays without cases for the dry-run test.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class InboxTests(WebFixture web, InboxServer inbox) : IClassFixture<InboxServer>
{
    private WebServer Server => inbox.Server;

    internal const string IdNumber = "520102199001191234";

    [Fact]
    public async Task A_clerk_finds_a_new_task_filters_claims_and_releases_it_with_the_keyboard_and_no_raw_id_number_shows()
    {
        using var clerkApi = await Server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        var (caseNo, taskId) = await ApplyAsync(clerkApi);

        var page = await web.NewPageAsync(Server);
        await WebFixture.SignInAsync(page, "clerk", "CaseFlow-clerk-2026");
        await page.GetByTestId("nav").GetByText("待办").ClickAsync();
        await page.GetByTestId("inbox").WaitForAsync();
        await page.GetByTestId("inbox-badge").WaitForAsync();

        // From here on the keyboard only: 2 = 可领取, / = the search box, Enter applies, Escape leaves it.
        await page.Keyboard.PressAsync("2");
        await page.Locator(".ant-tabs-tab-active").GetByText("可领取").WaitForAsync();
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync(caseNo);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Escape");
        var rows = page.Locator("[data-task-id]");
        await Expect(() => rows.CountAsync(), 1);
        (await rows.First.GetAttributeAsync("data-task-id")).ShouldBe(taskId.ToString());
        (await rows.First.InnerTextAsync()).ShouldContain(caseNo);
        // The deadline cell shows what the API says: the step's or the case's deadline with its level, or none yet.
        var task = await TaskAsync(clerkApi, taskId);
        var due = task["dueAtUtc"] ?? task["caseDueAtUtc"];
        var deadline = await rows.First.GetByTestId("deadline").InnerTextAsync();
        if (due is null) deadline.ShouldBe("无时限");
        else deadline.ShouldMatch("^(正常|预警|超期).*(剩|超期) -?\\d+ 个工作日$");

        // j selects the row, Enter opens its case page, Back returns to the inbox (the tab and search start afresh), c claims it.
        await page.Keyboard.PressAsync("j");
        (await rows.First.GetAttributeAsync("aria-selected")).ShouldBe("true");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("case-no").GetByText(caseNo).WaitForAsync();
        page.Url.ShouldEndWith($"?task={taskId}");
        await page.GoBackAsync();
        await page.GetByTestId("inbox").WaitForAsync();
        await page.Keyboard.PressAsync("2");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync(caseNo);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Escape");
        await Expect(() => rows.CountAsync(), 1);
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("c");
        await Expect(() => rows.CountAsync(), 0);
        (await TaskStatusAsync(clerkApi, taskId)).ShouldBe("Claimed");

        // 1 = 我的待办: the claimed task is there under the same filter; r releases it back to the queue.
        await page.Keyboard.PressAsync("1");
        await Expect(() => rows.CountAsync(), 1);
        (await rows.First.InnerTextAsync()).ShouldMatch("释\\s?放"); // antd spaces out a two-character label
        await WebFixture.ScreenshotAsync(page, "inbox");
        File.Copy(Path.Combine(WebFixture.ScreenshotDir, "inbox.png"), Path.Combine(WebServer.RepoRoot(), "docs", "images", "inbox.png"), overwrite: true);
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("r");
        await Expect(() => rows.CountAsync(), 0);
        (await TaskStatusAsync(clerkApi, taskId)).ShouldBe("Open");
        await page.Keyboard.PressAsync("2");
        await Expect(() => rows.CountAsync(), 1);

        // The applicant's ID number never appears unmasked (the task list carries none; the page text is checked whole).
        (await page.Locator("body").InnerTextAsync()).ShouldNotContain(IdNumber);
        (await page.ContentAsync()).ShouldNotContain(IdNumber);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_saved_filter_is_kept_per_user_and_applies_again_after_a_reload()
    {
        var page = await web.NewPageAsync(Server);
        await WebFixture.SignInAsync(page, "clerk", "CaseFlow-clerk-2026");
        await page.GotoAsync("/inbox");
        await page.GetByTestId("inbox-search").Locator("input").FillAsync("no-such-case-0000");
        await page.GetByTestId("inbox-search").Locator("input").PressAsync("Enter");
        await page.GetByLabel("筛选名称").FillAsync("找不到的");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存筛选" }).ClickAsync();
        (await page.EvaluateAsync<string>("() => localStorage.getItem('caseflow.inbox.filters.clerk')")).ShouldContain("no-such-case-0000");

        await page.ReloadAsync();
        await page.GetByTestId("inbox").WaitForAsync();
        (await page.GetByTestId("inbox-search").Locator("input").InputValueAsync()).ShouldBe("");
        await page.GetByLabel("已保存的筛选").ClickAsync();
        await page.Locator(".ant-select-item-option").GetByText("找不到的").ClickAsync();
        await Expect(() => page.GetByTestId("inbox-search").Locator("input").InputValueAsync(), "no-such-case-0000");
        await page.GetByText("暂无待办").WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task New_work_raises_the_menu_badge_within_a_poll_and_selected_rows_are_claimed_at_once()
    {
        using var clerkApi = await Server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        var page = await web.NewPageAsync(Server);
        // The page's timers on Playwright's clock, which runs on with real time but can jump: the next poll is brought
        // forward below rather than waited for.
        await page.Clock.InstallAsync();
        await WebFixture.SignInAsync(page, "clerk", "CaseFlow-clerk-2026");
        await page.GotoAsync("/inbox");
        var badge = page.GetByTestId("inbox-badge").Locator(".ant-scroll-number");
        var before = await BadgeCountAsync(page);

        // Two cases arrive through the API while the page is open: the 15 s poll of the counts shows them without a reload.
        var first = await ApplyAsync(clerkApi, "李批量");
        var second = await ApplyAsync(clerkApi, "李批量");
        await page.Clock.FastForwardAsync("00:15");
        var deadline = DateTime.UtcNow.AddSeconds(25);
        while (await BadgeCountAsync(page) < before + 2 && DateTime.UtcNow < deadline) await Task.Delay(250);
        (await BadgeCountAsync(page)).ShouldBeGreaterThanOrEqualTo(before + 2);
        await badge.WaitForAsync();

        await page.Keyboard.PressAsync("2");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("李批量");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Escape");
        var rows = page.Locator("[data-task-id]");
        await Expect(() => rows.CountAsync(), 2);
        foreach (var _ in new[] { 1, 2 })
        {
            await page.Keyboard.PressAsync("j");
            await page.Keyboard.PressAsync("x");
        }
        await page.GetByTestId("bulk-claim").ClickAsync();
        await Expect(() => rows.CountAsync(), 0);
        (await TaskStatusAsync(clerkApi, first.TaskId)).ShouldBe("Claimed");
        (await TaskStatusAsync(clerkApi, second.TaskId)).ShouldBe("Claimed");
        await page.Keyboard.PressAsync("1");
        await Expect(() => rows.CountAsync(), 2);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_task_a_colleague_delegated_shows_under_delegated_to_me_beside_my_own()
    {
        using var clerkApi = await Server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        using var clerk2Api = await Server.BearerClientAsync("clerk2", "CaseFlow-clerk2-2026");
        var mine = await ApplyAsync(clerkApi, "王委托");
        var theirs = await ApplyAsync(clerkApi, "王委托");
        (await clerkApi.PostAsync($"/api/tasks/{mine.TaskId}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await clerk2Api.PostAsync($"/api/tasks/{theirs.TaskId}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var given = await clerk2Api.PostAsJsonAsync("/api/tasks/delegations", new { toUser = "clerk", from = today, to = today.AddDays(3), reason = "年假" });
        given.StatusCode.ShouldBe(HttpStatusCode.Created, await given.Content.ReadAsStringAsync());

        var page = await web.NewPageAsync(Server);
        await WebFixture.SignInAsync(page, "clerk", "CaseFlow-clerk-2026");
        await page.GotoAsync("/inbox");
        await page.GetByTestId("inbox-search").WaitForAsync();
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("王委托");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Escape");
        var rows = page.Locator("[data-task-id]");
        await Expect(() => rows.CountAsync(), 2); // 我的待办 holds both: the API counts delegated tasks as mine
        await page.Keyboard.PressAsync("4"); // 委托给我 (3 is 办过的)
        await Expect(() => rows.CountAsync(), 1);
        (await rows.First.GetAttributeAsync("data-task-id")).ShouldBe(theirs.TaskId.ToString());
        (await page.GetByTestId("tab-delegated").InnerTextAsync()).ShouldContain("1");
        await page.Context.CloseAsync();
    }

    private static async Task<int> BadgeCountAsync(IPage page)
    {
        var number = page.GetByTestId("inbox-badge").Locator(".ant-scroll-number");
        if (await number.CountAsync() == 0) return 0;
        var text = await number.First.GetAttributeAsync("title") ?? "0";
        return int.TryParse(text, out var n) ? n : 0;
    }

    internal static async Task<(string CaseNo, long TaskId)> ApplyAsync(HttpClient clerk, string applicant = "张三", params string[] materials)
    {
        var body = new JsonObject
        {
            ["itemCode"] = "11500000MB1234567X000107001000",
            ["situationCode"] = "01",
            ["applicant"] = new JsonObject { ["name"] = applicant, ["idNumber"] = IdNumber, ["phone"] = "13800138000", ["address"] = "重庆市渝中区解放碑街道民族路 1 号" },
            ["form"] = new JsonObject
            {
                ["homeRegion"] = "520102", ["applicantName"] = applicant, ["idNumber"] = IdNumber, ["reason"] = "有效期满换领",
                ["pickupMethod"] = "EMS邮寄送达", ["mailingAddress"] = "重庆市渝中区解放碑街道民族路 1 号",
            },
            ["materials"] = new JsonArray((materials.Length == 0 ? ["M01", "M02", "M03"] : materials).Select(m => (JsonNode)new JsonObject { ["code"] = m, ["state"] = "originalVerified" }).ToArray()),
            ["deliveryMethod"] = "mail",
            ["deliveryAddress"] = "重庆市渝中区解放碑街道民族路 1 号",
        };
        var response = await clerk.PostAsJsonAsync("/api/cases", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var caseNo = (await response.Content.ReadFromJsonAsync<JsonObject>())!["caseNo"]!.GetValue<string>();
        var queue = (await clerk.GetFromJsonAsync<JsonObject>($"/api/tasks/queues?caseNo={Uri.EscapeDataString(caseNo)}"))!;
        var task = queue["items"]!.AsArray().ShouldHaveSingleItem()!;
        return (caseNo, task["id"]!.GetValue<long>());
    }

    internal static async Task<JsonObject> TaskAsync(HttpClient clerk, long taskId) => (await clerk.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}"))!;

    internal static async Task<string> TaskStatusAsync(HttpClient clerk, long taskId) => (await TaskAsync(clerk, taskId))["status"]!.GetValue<string>();

    internal static async Task Expect<T>(Func<Task<T>> read, T expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        T actual;
        while (!Equals(actual = await read(), expected) && DateTime.UtcNow < deadline) await Task.Delay(100);
        actual.ShouldBe(expected);
    }
}

/// <summary>The inbox tests' own server (a fresh database), started once for the class.</summary>
public sealed class InboxServer : IAsyncLifetime
{
    public WebServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await WebServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
    }
}
