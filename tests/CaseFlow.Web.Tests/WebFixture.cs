using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>One server and one Chromium per browser collection (<see cref="WebCollection"/>, <see cref="SecondWebCollection"/>). Debian's Chromium is required: without it the tests fail, never skip.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public WebServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDir { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install Debian's chromium (and fonts-noto-cjk); .ci/run does.");
        Server = await WebServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ["--no-sandbox"], Headless = true });
    }

    /// <summary>A fresh browser context (its own cookies) at 1366×768, the screens the service centres use.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(Server);

    /// <summary>The same, against another server (a test class that needs its own database).</summary>
    public Task<IPage> NewPageAsync(WebServer server) => NewPageAsync(server, storageState: null);

    /// <summary>The same, starting from a saved storage state (<see cref="SignedInStateAsync"/>): already signed in.</summary>
    public async Task<IPage> NewPageAsync(WebServer server, string? storageState)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1366, Height = 768 }, Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai", AcceptDownloads = true, StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The cookies and local storage of a user signed in once through the sign-in page of the server, for tests that look at
    /// pages rather than at signing in (ShellTests covers that): each page then starts signed in, a sign-in shorter.
    /// </summary>
    public async Task<string> SignedInStateAsync(WebServer server, string userName, string password)
    {
        var page = await NewPageAsync(server);
        await SignInAsync(page, userName, password);
        var state = await page.Context.StorageStateAsync();
        await page.Context.CloseAsync();
        return state;
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotDir, $"{name}.png");
        // Finite animations (antd modals and drawers fading in) are run to their end, so the picture shows the settled page.
        await page.ScreenshotAsync(new() { Path = path, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登 录" }).Or(page.GetByRole(AriaRole.Button, new() { Name = "登录" })).ClickAsync();
        await page.GetByTestId("user-name").WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}

/// <summary>
/// A second browser collection, run beside <see cref="WebCollection"/> (xUnit runs collections in parallel, two at a time on
/// two cores): its own fixture, so its own shared server and Chromium. Browser tests wait on the page most of the time, so
/// two at once use the machine better than one; each test still owns its data (its server or its own records).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SecondWebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web-2";
}
