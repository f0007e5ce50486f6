using System.Net;
using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ShellTests(WebFixture web)
{
    [Fact]
    public async Task A_designer_signs_in_sees_units_roles_and_designer_navigation_then_signs_out()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByTestId("sign-in").WaitForAsync();
        (await page.TitleAsync()).ShouldContain("CaseFlow");

        await WebFixture.SignInAsync(page, "designer", "CaseFlow-designer-2026");
        (await page.GetByTestId("user-roles").InnerTextAsync()).ShouldContain("流程设计员");
        (await page.GetByTestId("user-units").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        var nav = await page.GetByTestId("nav").InnerTextAsync();
        nav.ShouldContain("流程设计");
        nav.ShouldNotContain("系统管理");
        nav.ShouldNotContain("窗口收件");

        await page.GetByTestId("nav").GetByText("流程设计").ClickAsync();
        await page.GetByTestId("definitions").GetByText("cross-region-standard").WaitForAsync();
        page.Url.ShouldEndWith("/designer");
        await WebFixture.ScreenshotAsync(page, "shell-definitions");

        // The history-API fallback: a reload of an app path serves the app, still signed in.
        await page.ReloadAsync();
        await page.GetByTestId("definitions").GetByText("cross-region-standard").WaitForAsync();

        // The English switch, and back to 简体中文 (the default).
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.GetByTestId("nav").GetByText("Process designer").WaitForAsync();
        await page.GetByText("Workflow definitions").WaitForAsync();
        // Ant Design spaces out a two-character Chinese label: 中 文.
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^中\\s?文$") }).ClickAsync();
        await page.GetByTestId("nav").GetByText("流程设计").WaitForAsync();

        await page.GetByTestId("sign-out").ClickAsync();
        await page.GetByTestId("sign-in-notice").GetByText("您已退出登录").WaitForAsync();
        (await page.Context.CookiesAsync()).ShouldNotContain(c => c.Name == "caseflow.auth");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_and_a_clerk_see_the_navigation_of_their_roles()
    {
        var page = await web.NewPageAsync();
        await WebFixture.SignInAsync(page, "admin", "CaseFlow-admin-2026");
        (await page.GetByTestId("nav").InnerTextAsync()).ShouldContain("系统管理");
        (await page.GetByTestId("nav").InnerTextAsync()).ShouldNotContain("流程设计");
        await page.Context.CloseAsync();

        page = await web.NewPageAsync();
        await WebFixture.SignInAsync(page, "clerk", "CaseFlow-clerk-2026");
        var nav = await page.GetByTestId("nav").InnerTextAsync();
        nav.ShouldContain("窗口收件");
        // Approvers work from 待办 (the inbox): there is no separate 审批办理 page, and its old path shows the home page.
        nav.ShouldContain("待办");
        nav.ShouldNotContain("审批办理");
        nav.ShouldNotContain("系统管理");
        (await page.GetByTestId("user-units").InnerTextAsync()).ShouldContain("渝中区");
        await WebFixture.ScreenshotAsync(page, "shell-clerk");
        await page.GotoAsync("/approval");
        await page.GetByTestId("memberships").WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_expired_session_returns_to_sign_in_with_a_notice()
    {
        var page = await web.NewPageAsync();
        await WebFixture.SignInAsync(page, "designer", "CaseFlow-designer-2026");
        await page.Context.ClearCookiesAsync();
        await page.GetByTestId("nav").GetByText("流程设计").ClickAsync();
        await page.GetByTestId("sign-in-notice").GetByText("登录已过期，请重新登录").WaitForAsync();
        await WebFixture.ScreenshotAsync(page, "shell-expired");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wrong_password_is_refused_on_the_page()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("用户名").FillAsync("designer");
        await page.GetByLabel("密码").FillAsync("wrong-password-1");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("用户名或密码错误").WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_server_serves_the_app_at_app_paths_and_keeps_404_problems_for_unknown_api_paths()
    {
        using var http = new HttpClient { BaseAddress = web.Server.BaseAddress };
        foreach (var path in new[] { "/", "/designer", "/designer/cross-region-standard" })
        {
            var response = await http.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            (await response.Content.ReadAsStringAsync()).ShouldContain("<div id=\"root\"></div>", customMessage: path);
        }
        foreach (var path in new[] { "/api/no-such-thing", "/api/definitions/x/y/z/w", "/openapi/v2.json" })
        {
            var response = await http.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("<div id=\"root\">", customMessage: path);
        }
        (await http.GetAsync("/api/no-such-thing")).Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await http.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
