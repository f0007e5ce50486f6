using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>
/// 系统管理 (issue 12 point 6) in Chromium against the real server: the work calendar, window rights and users. These tests
/// load a calendar year and create users and grants, so they run on a server of their own.
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed class AdminPagesTests(WebFixture web, AdminServer admin) : IClassFixture<AdminServer>
{
    private const string AdminPassword = "CaseFlow-admin-2026";

    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task An_admin_loads_next_years_calendar_the_warning_goes_and_the_grid_marks_days_off_and_make_up_workdays()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, China));
        var year = today.Year + 1;
        var firstSaturday = Enumerable.Range(1, 7).Select(d => new DateOnly(year, 2, d)).First(d => d.DayOfWeek == DayOfWeek.Saturday);
        var daysOff = new[] { new DateOnly(year, 1, 1) }.Concat(Enumerable.Range(1, 7).Select(d => new DateOnly(year, 10, d))).ToList();
        var page = await SignedInAdminAsync();
        await page.GotoAsync("/admin/calendar");
        await page.GetByTestId("calendar-grid").WaitForAsync();
        var warning = page.GetByTestId("calendar-warning").Filter(new() { HasText = $"{year} 年的节假日安排未载入" });
        // The server warns from November on, when the next year's schedule is due (CalendarEndpoints, WorkCalendarProvider.Warnings).
        if (today.Month >= 11) await warning.WaitForAsync();

        // A bad year (a make-up workday on a weekday) is refused with the server's problem naming the field; nothing is loaded.
        var weekday = Enumerable.Range(1, 7).Select(d => new DateOnly(year, 3, d)).First(d => d.DayOfWeek == DayOfWeek.Wednesday);
        await page.GetByTestId("calendar-json").FillAsync(CalendarJson(year, daysOff, [weekday]));
        await page.GetByTestId("calendar-submit").ClickAsync();
        var problem = page.GetByTestId("calendar-load").GetByTestId("problem");
        await problem.WaitForAsync();
        (await problem.InnerTextAsync()).ShouldContain("extraWorkdays");
        (await problem.InnerTextAsync()).ShouldContain("Saturday or Sunday");

        // The year, uploaded as a file.
        await page.GetByTestId("calendar-upload").Locator("xpath=ancestor::*[contains(@class,'ant-upload')][1]").Locator("input[type=file]")
            .SetInputFilesAsync(new FilePayload { Name = $"cn-{year}.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(CalendarJson(year, daysOff, [firstSaturday])) });
        await Expect(async () => (await page.GetByTestId("calendar-json").InputValueAsync()).Contains(firstSaturday.ToString("yyyy-MM-dd")), true);
        await page.GetByTestId("calendar-submit").ClickAsync();
        await page.GetByTestId("calendar-years").GetByText(year.ToString(), new() { Exact = true }).WaitForAsync();
        await Expect(() => warning.CountAsync(), 0);
        await page.GetByTestId("calendar-not-loaded").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // The grid shows the loaded year: 1 Jan and the October week off, the February Saturday a make-up workday, a plain weekend.
        (await page.Locator($"[data-date='{year}-01-01']").GetAttributeAsync("data-kind")).ShouldBe("dayOff");
        (await page.Locator($"[data-date='{year}-10-05']").GetAttributeAsync("data-kind")).ShouldBe("dayOff");
        (await page.Locator($"[data-date='{firstSaturday:yyyy-MM-dd}']").GetAttributeAsync("data-kind")).ShouldBe("extraWorkday");
        var sunday = firstSaturday.AddDays(8);
        (await page.Locator($"[data-date='{sunday:yyyy-MM-dd}']").GetAttributeAsync("data-kind")).ShouldBe("weekend");
        (await page.Locator($"[data-date='{year}-03-01']").GetAttributeAsync("data-kind")).ShouldBeOneOf("workday", "weekend");
        (await page.Locator("[data-testid^=month-]").CountAsync()).ShouldBe(12);
        (await page.GetByTestId("calendar-legend").InnerTextAsync()).ShouldContain("调休上班");

        using var api = await admin.Server.BearerClientAsync("admin", AdminPassword);
        var status = await api.GetFromJsonAsync<JsonObject>("/api/admin/calendars");
        status!["years"]!.AsArray().ShouldContain(y => y!["year"]!.GetValue<int>() == year);
        await WebFixture.ScreenshotAsync(page, "admin-calendar");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_grants_a_clerks_window_a_right_with_a_validity_sees_it_listed_and_revokes_it()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, China));
        var to = today.AddDays(30);
        var page = await SignedInAdminAsync();
        await page.GotoAsync("/admin/rights");
        await page.Locator("[data-testid=admin-rights] .ant-table-row").First.WaitForAsync();

        await page.GetByTestId("right-grant").ClickAsync();
        var form = page.GetByTestId("right-form");
        await ChooseAsync(page, form.Locator("#window"), "500103-W01");
        await ChooseAsync(page, form.Locator("#right"), "形式审查权");
        await form.Locator("#category").FillAsync("公安");
        await TypeDateAsync(form.Locator("#validFrom"), today);
        await TypeDateAsync(form.Locator("#validTo"), to);
        await page.GetByTestId("right-grant-ok").ClickAsync();

        // The list now shows that window's grants, the new one among them with its validity, in force today.
        var row = page.Locator("[data-testid=admin-rights] .ant-table-row").Filter(new() { HasText = $"{today:yyyy-MM-dd} ~ {to:yyyy-MM-dd}" });
        await row.WaitForAsync();
        (await row.InnerTextAsync()).ShouldContain("类别 公安");
        (await row.InnerTextAsync()).ShouldContain("形式审查权");
        (await row.Locator("[data-state]").GetAttributeAsync("data-state")).ShouldBe("inForce");
        await WebFixture.ScreenshotAsync(page, "admin-rights");

        await row.GetByTestId("right-revoke").ClickAsync();
        await page.Locator(".ant-popconfirm .ant-btn-primary").ClickAsync();
        await Expect(() => row.Locator("[data-state]").GetAttributeAsync("data-state"), "revoked");

        using var api = await admin.Server.BearerClientAsync("admin", AdminPassword);
        var grants = await api.GetFromJsonAsync<JsonArray>("/api/admin/rights?window=500103-W01");
        var grant = grants!.Single(g => g!["category"]?.GetValue<string>() == "公安" && g["validTo"]?.GetValue<string>() == to.ToString("yyyy-MM-dd"));
        grant!["revokedAtUtc"].ShouldNotBeNull();
        grant["revokedBy"]!.GetValue<string>().ShouldBe("admin");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_creates_a_user_with_a_membership_who_can_then_sign_in()
    {
        var userName = $"clerk-{Guid.NewGuid():N}"[..14];
        const string password = "CaseFlow-new-clerk-2026";
        var page = await SignedInAdminAsync();
        await page.GotoAsync("/admin/users");
        await page.Locator("[data-testid=admin-users] .ant-table-row").First.WaitForAsync();

        await page.GetByTestId("user-create").ClickAsync();
        var form = page.GetByTestId("user-form");
        await form.Locator("#userName").FillAsync(userName);
        await form.Locator("#displayName").FillAsync("渝中区综合窗口 刘洋");
        // A password under 12 characters is refused by the server, which names the field.
        await form.Locator("#password").FillAsync("short");
        await ChooseAsync(page, form.GetByTestId("membership-0").GetByTestId("membership-unit"), "500103-W01");
        await ChooseAsync(page, form.GetByTestId("membership-0").GetByTestId("membership-role"), "窗口受理人员");
        await page.GetByTestId("user-create-ok").ClickAsync();
        await page.Locator(".ant-modal").GetByTestId("problem").GetByText("password").WaitForAsync();

        await form.Locator("#password").FillAsync(password);
        await page.GetByTestId("user-create-ok").ClickAsync();
        var row = page.Locator($"[data-user='{userName}']");
        await row.WaitForAsync();
        (await row.InnerTextAsync()).ShouldContain("窗口受理人员");
        (await row.InnerTextAsync()).ShouldContain("启用");
        await WebFixture.ScreenshotAsync(page, "admin-users");

        await page.GotoAsync("/admin/org-units");
        await page.GetByTestId("org-tree").Locator("[data-org='500000']").WaitForAsync();
        await WebFixture.ScreenshotAsync(page, "admin-org-units");
        await page.Context.CloseAsync();

        var user = await web.NewPageAsync(admin.Server);
        await WebFixture.SignInAsync(user, userName, password);
        (await user.GetByTestId("user-roles").InnerTextAsync()).ShouldContain("窗口受理人员");
        await user.Context.CloseAsync();
    }

    private async Task<IPage> SignedInAdminAsync()
    {
        var page = await web.NewPageAsync(admin.Server);
        await WebFixture.SignInAsync(page, "admin", AdminPassword);
        return page;
    }

    private static string CalendarJson(int year, IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> extraWorkdays) => JsonSerializer.Serialize(new
    {
        year, region = "", source = $"测试用 {year} 年节假日安排",
        daysOff = daysOff.Select(d => d.ToString("yyyy-MM-dd")), extraWorkdays = extraWorkdays.Select(d => d.ToString("yyyy-MM-dd")),
    });

    /// <summary>Opens an antd Select, types to filter and picks the option with that text.</summary>
    private static async Task ChooseAsync(IPage page, ILocator select, string text)
    {
        await select.ClickAsync();
        await page.Keyboard.TypeAsync(text);
        await page.Locator(".ant-select-dropdown:visible .ant-select-item-option").Filter(new() { HasText = text }).First.ClickAsync();
    }

    private static async Task TypeDateAsync(ILocator input, DateOnly date)
    {
        await input.ClickAsync();
        await input.FillAsync(date.ToString("yyyy-MM-dd"));
        await input.PressAsync("Enter");
    }

    private static async Task Expect<T>(Func<Task<T>> read, T expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        T actual;
        while (!Equals(actual = await read(), expected) && DateTime.UtcNow < deadline) await Task.Delay(100);
        actual.ShouldBe(expected);
    }
}

/// <summary>The admin tests' own server (a fresh database), started once for the class.</summary>
public sealed class AdminServer : IAsyncLifetime
{
    public WebServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await WebServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
    }
}
