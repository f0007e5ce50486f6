using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.TestSupport;
using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>
/// 效能监管 (issue 12 point 3) in Debian's Chromium on a server of its own whose domain clock the test moves through the
/// Development clock file (README "Configuration"): a case accepted on Fri 2026-03-06 (committed limit 10 working days, due
/// 03-20) is 预警 on 03-19 and 超期 on 03-23, as the running server's timer sweep finds (run at once after each move,
/// <see cref="ClockServer.SweepNowAsync"/>, rather than waited for at its next minute).
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed class DashboardTests(WebFixture web, ClockServer clock) : IClassFixture<ClockServer>
{
    private const string SocialSecurityCard = "social-security-card-replacement.json";
    private static readonly TimeSpan SweepWait = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task After_fake_time_passes_the_supervisor_sees_the_case_go_from_warning_to_overdue_urges_it_exports_xlsx_and_drills_into_it()
    {
        var server = clock.Server;
        using var clerk = await server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        using var supervisor = await server.BearerClientAsync("supervisor", "CaseFlow-supervisor-2026");
        using var admin = await server.BearerClientAsync("admin", "CaseFlow-admin-2026");
        clock.MoveTo(2026, 3, 6);
        var (caseId, caseNo) = await CaseApi.ApplyAsync(clerk, CaseApi.BodyFor(SocialSecurityCard));
        await CaseApi.PassReviewAsync(clerk, caseNo, "R01", "R02", "R03");

        // 03-19: 80 % of the committed limit used — 预警.
        clock.MoveTo(2026, 3, 19);
        await clock.SweepNowAsync();
        await CaseApi.EventuallyAsync(() => ListedAsync(supervisor, "near-due", caseNo), listed => listed, SweepWait, "预警 after the sweep");
        var page = await web.NewPageAsync(server);
        await WebFixture.SignInAsync(page, "supervisor", "CaseFlow-supervisor-2026");
        await page.GetByTestId("nav").GetByText("督查督办").ClickAsync();
        await page.GetByTestId("dashboard").WaitForAsync();
        (await page.GetByTestId("period").InnerTextAsync()).ShouldContain("2026-03-01 至 2026-03-19");
        await page.GetByTestId("list-tab-near-due").ClickAsync();
        var warned = Row(page, "near-due", caseNo);
        (await warned.GetByTestId("card").InnerTextAsync()).ShouldBe("预警");
        (await page.GetByTestId("kpi-nearDue").InnerTextAsync()).ShouldContain("1");

        // 03-23 (Monday after the due Friday): 超期, with a 黄牌 — the limit has passed.
        clock.MoveTo(2026, 3, 23);
        await clock.SweepNowAsync();
        await CaseApi.EventuallyAsync(() => ListedAsync(supervisor, "overdue", caseNo), listed => listed, SweepWait, "超期 after the sweep");
        await page.ReloadAsync();
        var overdue = Row(page, "overdue", caseNo);
        (await overdue.GetByTestId("card").InnerTextAsync()).ShouldBe("黄牌");
        (await overdue.InnerTextAsync()).ShouldContain("超期 1 个工作日");
        (await overdue.InnerTextAsync()).ShouldContain("138****8000");
        (await page.GetByTestId("kpi-overdue").InnerTextAsync()).ShouldContain("1");
        await page.GetByTestId("list-tab-near-due").ClickAsync();
        await Expect(() => page.Locator($"[data-list='near-due'][data-case-no='{caseNo}']").CountAsync(), 0);
        await page.GetByTestId("list-tab-overdue").ClickAsync();
        await overdue.WaitForAsync();
        await page.Locator("[data-testid='breakdown-chart'] canvas").WaitForAsync();
        await page.Locator("[data-testid='trend-chart'] canvas").WaitForAsync();
        await InboxListTests.AssertNoIdNumberAsync(page); // a supervisor is no admin: lists and KPIs show no ID number
        await WebFixture.ScreenshotAsync(page, "dashboard");
        File.Copy(Path.Combine(WebFixture.ScreenshotDir, "dashboard.png"), Path.Combine(WebServer.RepoRoot(), "docs", "images", "dashboard.png"), overwrite: true);

        // 催办 from the list: the step's holder is urged with the reason, which the case's timeline records.
        await overdue.GetByTestId("urge").ClickAsync();
        await page.GetByTestId("urge-reason").FillAsync("请于今日内办结并反馈");
        await page.GetByRole(AriaRole.Button, new() { Name = "发送催办" }).ClickAsync();
        await page.GetByText($"已催办 {caseNo}").WaitForAsync();
        var timeline = await admin.GetStringAsync($"/api/cases/{caseId}/timeline");
        timeline.ShouldContain("请于今日内办结并反馈");

        // XLSX export of the overdue list with the page's filters: a real workbook with the Chinese headers and the case.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());
        var file = Path.Combine(clock.Folder, "overdue.xlsx");
        await download.SaveAsAsync(file);
        var text = WorkbookText(file);
        foreach (var header in new[] { "办件编号", "事项名称", "当前环节", "超期工作日", "监察等级" }) text.ShouldContain(header);
        text.ShouldContain(caseNo);
        text.ShouldContain("黄牌");

        // The filters live in the URL: an item filter keeps the case, another item's code empties the list.
        await page.GetByTestId("filter-region").FillAsync("520000");
        await page.GetByTestId("filter-region").PressAsync("Enter");
        await page.WaitForURLAsync("**/supervision?region=520000");
        await overdue.WaitForAsync();
        await page.GotoAsync("/supervision?item=11500000MB1234567X000107001000");
        await page.GetByTestId("dashboard").WaitForAsync();
        await Expect(() => page.Locator($"[data-list='overdue'][data-case-no='{caseNo}']").CountAsync(), 0);
        await page.GotoAsync("/supervision?region=520000");

        // Drill-down: the case number opens the case page.
        await overdue.GetByTestId("drill").ClickAsync();
        await page.WaitForURLAsync($"**/cases/{caseId}");
        await page.GetByTestId("case-form").WaitForAsync();
        await InboxListTests.AssertNoIdNumberAsync(page);
        await page.Context.CloseAsync();
    }

    private static ILocator Row(IPage page, string list, string caseNo) => page.Locator($"[data-list='{list}'][data-case-no='{caseNo}']");

    private static async Task<bool> ListedAsync(HttpClient supervisor, string list, string caseNo)
    {
        var page = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/reports/{list}"))!;
        return page["items"]!.AsArray().Any(r => r!["caseNo"]!.GetValue<string>() == caseNo);
    }

    /// <summary>The workbook's shared strings and sheets as text (an .xlsx is a zip of XML parts).</summary>
    private static string WorkbookText(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        zip.GetEntry("[Content_Types].xml").ShouldNotBeNull("an xlsx package");
        zip.GetEntry("xl/workbook.xml").ShouldNotBeNull("an xlsx package");
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.AppendLine(reader.ReadToEnd());
        }
        return text.ToString();
    }

    private static async Task Expect<T>(Func<Task<T>> read, T expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        T actual;
        while (!Equals(actual = await read(), expected) && DateTime.UtcNow < deadline) await Task.Delay(100);
        actual.ShouldBe(expected);
    }
}

/// <summary>
/// A server of its own whose domain clock the tests move by writing its Development clock file, with the job server on so
/// its minutely sweep fires the timers that fall due.
/// </summary>
public sealed class ClockServer : IAsyncLifetime
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public WebServer Server { get; private set; } = null!;

    public string Folder { get; } = Directory.CreateTempSubdirectory("caseflow-clock-").FullName;

    private string ClockFile => Path.Combine(Folder, "clock.txt");

    /// <summary>Domain time becomes 10:00 Beijing time on the date (then runs on with the system clock).</summary>
    public void MoveTo(int year, int month, int day)
    {
        var target = new DateTimeOffset(year, month, day, 10, 0, 0, Beijing.GetUtcOffset(new DateTime(year, month, day)));
        var temp = ClockFile + ".tmp";
        File.WriteAllText(temp, (target - DateTimeOffset.UtcNow).ToString("c"));
        File.Move(temp, ClockFile, overwrite: true);
    }

    /// <summary>The minutely sweep run now (<see cref="JobDashboard"/>), not at its next minute; the callers still wait for its result.</summary>
    public Task SweepNowAsync() => JobDashboard.TriggerAsync(Server.BaseAddress, JobDashboard.TimerSweep);

    public async Task InitializeAsync()
    {
        MoveTo(2026, 3, 2);
        Server = await WebServer.StartAsync($"--Development:ClockFile={ClockFile}", "--Hangfire:Server=true");
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
