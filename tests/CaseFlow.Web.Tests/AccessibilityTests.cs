using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>
/// Every page through axe-core (<see cref="Accessibility"/>), in the standard theme and in 关怀模式 (GB/T 37668-2019): no serious
/// or critical violation. A new page is one line in <see cref="Pages"/>. Read-only, so on the shared server.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(WebFixture web)
{
    /// <summary>A page: where it is, who signs in (null: nobody, the sign-in page), and what shows once it has loaded.</summary>
    public sealed record PageCase(string Name, string Path, string? User, string ReadyTestId, string? ReadySelector = null);

    public static readonly IReadOnlyList<PageCase> Pages =
    [
        new("sign-in", "/", null, "sign-in"),
        new("home", "/", "clerk", "memberships"),
        new("inbox", "/inbox", "clerk", "inbox"),
        new("designer-list", "/designer", "designer", "definitions", ".ant-table-row"),
        new("designer-canvas", "/designer/cross-region-standard", "designer", "designer", ".react-flow__node"),
        new("admin-users", "/admin/users", "admin", "admin-users", ".ant-table-row"),
        new("admin-org-units", "/admin/org-units", "admin", "org-tree"),
        new("admin-rights", "/admin/rights", "admin", "admin-rights", ".ant-table-row"),
        new("admin-calendar", "/admin/calendar", "admin", "calendar-grid", "[data-testid=calendar-years] .ant-table-row"),
        new("intake", "/intake", "clerk", "intake"),
        new("case", "/cases/{case}", "clerk", "case-page"),
        new("instance", "/cases/{case}/workflow", "clerk", "instance-viewer", ".react-flow__node"),
        new("supervision", "/supervision", "supervisor", "dashboard"),
        new("incidents", "/incidents", "admin", "incidents"),
        new("tracking", "/track", null, "tracking-search"),
    ];

    /// <summary>One case on the shared server for the case page and its instance viewer, applied once through the API.</summary>
    private static Task<long>? _case;

    private static readonly Dictionary<string, string> Passwords = new()
    {
        ["clerk"] = "CaseFlow-clerk-2026", ["designer"] = "CaseFlow-designer-2026", ["admin"] = "CaseFlow-admin-2026",
        ["supervisor"] = "CaseFlow-supervisor-2026",
    };

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var page in Pages)
        {
            data.Add(page.Name, false);
            data.Add(page.Name, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_page_has_no_serious_or_critical_accessibility_violations(string name, bool careMode)
    {
        var target = Pages.Single(p => p.Name == name);
        var page = await web.NewPageAsync();
        if (careMode) await page.Context.AddInitScriptAsync("localStorage.setItem('caseflow.careMode', 'on')");
        if (target.User is { } user) await WebFixture.SignInAsync(page, user, Passwords[user]);
        await page.GotoAsync(target.Path.Contains("{case}") ? target.Path.Replace("{case}", (await CaseAsync()).ToString()) : target.Path);
        await page.GetByTestId(target.ReadyTestId).WaitForAsync();
        if (target.ReadySelector is { } selector) await page.Locator(selector).First.WaitForAsync();
        // Settled: the page's own marker showed above; give its last requests a moment, but a signed-out page on a loaded
        // machine may not reach "network idle" within the default timeout, and axe checks what is drawn either way.
        try { await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 5_000 }); }
        catch (TimeoutException) { }
        (await page.EvaluateAsync<bool>("document.body.classList.contains('care-mode')")).ShouldBe(careMode);

        await Accessibility.AssertNoSeriousViolationsAsync(page, $"{name}{(careMode ? " (关怀模式)" : "")}");
        await page.Context.CloseAsync();
    }

    private Task<long> CaseAsync() => _case ??= ApplyAsync(web.Server);

    private static async Task<long> ApplyAsync(WebServer server)
    {
        using var clerk = await server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        return (await CaseApi.ApplyAsync(clerk, CaseApi.BodyFor("social-security-card-replacement.json"))).Id;
    }
}
