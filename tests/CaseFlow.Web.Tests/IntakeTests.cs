using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>
/// 窗口收件 and the instance viewer (issue 12) in Debian's Chromium against the real server: a clerk takes a case in at
/// /intake and then sees its workflow instance. Cases are created, so the class runs on a server of its own.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class IntakeTests(WebFixture web, IntakeServer intake) : IClassFixture<IntakeServer>
{
    private WebServer Server => intake.Server;

    private const string IdNumber = "520102199001191234";

    [Fact]
    public async Task A_clerk_takes_in_a_case_a_wrong_field_shows_its_error_on_that_field_and_the_instance_shows_the_path_and_the_waiting_step()
    {
        var page = await web.NewPageAsync(Server);
        await WebFixture.SignInAsync(page, "clerk", "CaseFlow-clerk-2026");
        await OpenWithIdCardRenewalAsync(page);

        await page.GetByTestId("applicant-name").FillAsync("张收件");
        await page.GetByTestId("applicant-id-number").FillAsync(IdNumber);
        await page.GetByTestId("applicant-phone").FillAsync("13800138000");
        await page.GetByTestId("applicant-address").FillAsync("重庆市渝中区解放碑街道民族路 1 号");
        await page.GetByTestId("delivery-method").GetByText("邮寄送达").ClickAsync();
        await page.GetByTestId("delivery-address").FillAsync("重庆市渝中区解放碑街道民族路 1 号");

        // The item's form, rendered from its schema; a wrong check digit is refused in the browser on that field.
        await page.GetByTestId("field-homeRegion").FillAsync("999999");
        await page.GetByTestId("field-applicantName").FillAsync("张收件");
        await page.GetByTestId("field-idNumber").FillAsync("520102199001191235");
        await page.GetByTestId("field-reason").ClickAsync();
        await Option(page, "有效期满换领").ClickAsync();
        await page.GetByTestId("field-pickupMethod").ClickAsync();
        await Option(page, "EMS邮寄送达").ClickAsync();
        await page.GetByTestId("material-M01").GetByText("原件已核验").ClickAsync();
        await page.GetByTestId("material-M02").GetByText("已提交").ClickAsync();
        await page.GetByTestId("material-M03").GetByText("原件已核验").ClickAsync();
        await page.GetByTestId("intake-submit").ClickAsync();
        (await FieldError(page, "idNumber").InnerTextAsync()).ShouldContain("校验位正确");

        // Fixed in the browser, the unknown region code is the server's to refuse: its problem shows on that field.
        await page.GetByTestId("field-idNumber").FillAsync(IdNumber);
        await page.GetByTestId("intake-submit").ClickAsync();
        (await FieldError(page, "homeRegion").InnerTextAsync()).ShouldContain("'999999' is not a known region code");
        await Expect(() => FieldError(page, "idNumber").CountAsync(), 0);
        page.Url.ShouldEndWith("/intake");
        await WebFixture.ScreenshotAsync(page, "intake");

        await page.GetByTestId("field-homeRegion").FillAsync("520102");
        await page.GetByTestId("intake-submit").ClickAsync();
        var caseNoText = await page.GetByTestId("intake-case-no").InnerTextAsync();
        var caseNo = caseNoText.Split('：').Last().Trim();
        caseNo.ShouldStartWith("11500000MB1234567X000107001000", Case.Sensitive, caseNoText);
        await page.WaitForURLAsync(new Regex(@"/cases/\d+$"));
        var id = long.Parse(page.Url.Split('/').Last());

        using var clerkApi = await Server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        var taken = (await clerkApi.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!;
        taken["caseNo"]!.GetValue<string>().ShouldBe(caseNo);
        taken["deliveryMethod"]!.GetValue<string>().ShouldBe("Mail");
        taken["materials"]!.AsArray().Select(m => $"{m!["code"]}={m["state"]}").ShouldBe(["M01=OriginalVerified", "M02=Submitted", "M03=OriginalVerified"]);

        // The instance: the path start → intake → review highlighted, waiting at the review task.
        await page.GotoAsync($"/cases/{id}/workflow");
        await page.GetByTestId("instance-viewer").WaitForAsync();
        (await page.GetByTestId("instance-case-no").InnerTextAsync()).ShouldBe(caseNo);
        (await page.GetByTestId("instance-node-review").GetAttributeAsync("data-state")).ShouldBe("waiting");
        (await page.GetByTestId("instance-badge-review").InnerTextAsync()).ShouldBe("等待中");
        (await page.GetByTestId("instance-node-start").GetAttributeAsync("data-state")).ShouldBe("visited");
        (await page.GetByTestId("instance-node-intake").GetAttributeAsync("data-state")).ShouldBe("visited");
        (await page.GetByTestId("instance-node-approval").GetAttributeAsync("data-state")).ShouldBe("unvisited");
        await Expect(() => page.Locator(".react-flow__edge.instance-edge-taken").CountAsync(), 2);
        (await page.Locator(".react-flow__edge.instance-edge").CountAsync()).ShouldBeGreaterThan(10);
        foreach (var step in new[] { "start", "intake", "review" }) await page.GetByTestId($"path-step-{step}").WaitForAsync();
        (await page.GetByTestId("instance-waiting").InnerTextAsync()).ShouldContain("形式审查");
        await page.GetByTestId("instance-legend").WaitForAsync();
        await WebFixture.ScreenshotAsync(page, "instance");
        (await page.ContentAsync()).ShouldNotContain(IdNumber);
        await page.Context.CloseAsync();
    }

    /// <summary>Opens 窗口收件 from the menu and chooses 居民身份证换领 (found by part of its name) with its only-one-of-three situation.</summary>
    internal static async Task OpenWithIdCardRenewalAsync(IPage page)
    {
        await page.GetByTestId("nav").GetByText("窗口收件").ClickAsync();
        await page.GetByTestId("intake").WaitForAsync();
        await page.GetByTestId("intake-item").ClickAsync();
        await page.Keyboard.TypeAsync("身份证换领");
        await Option(page, "居民身份证换领、补领（异地受理）").ClickAsync();
        await page.GetByTestId("intake-item-facts").WaitForAsync();
        await page.GetByTestId("intake-situation").GetByText("有效期满或登记项目变更换领").ClickAsync();
    }

    /// <summary>An option of the open antd select (closed dropdowns stay in the page, hidden).</summary>
    internal static ILocator Option(IPage page, string text) =>
        page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").Filter(new() { HasText = text }).First;

    private static ILocator FieldError(IPage page, string field) =>
        page.Locator(".ant-form-item").Filter(new() { Has = page.GetByTestId($"field-{field}") }).Locator(".ant-form-item-explain-error");

    private static async Task Expect(Func<Task<int>> count, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await count() != expected && DateTime.UtcNow < deadline) await Task.Delay(100);
        (await count()).ShouldBe(expected);
    }
}

public sealed class IntakeServer : IAsyncLifetime
{
    public WebServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await WebServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
    }
}
