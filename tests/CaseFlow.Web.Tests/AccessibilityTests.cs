using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>
/// Every page through axe-core (<see cref="Accessibility"/>), in the standard theme and in 关怀模式 (GB/T 37668-2019): no serious
/// or critical violation. A new page is one line in <see cref="Pages"/>. Read-only but for its one case, so on the shared server
/// of the second collection (whose other classes run on servers of their own): the dry-run test counts no case on the first.
/// Each user signs in once through the sign-in page; every page after that starts from the signed-in state.
/// </summary>
[Collection(SecondWebCollection.Name)]
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

    /// <summary>Per user, the storage state of one sign-in on the shared server (the fixture outlives the test class).</summary>
    private static readonly Dictionary<string, Task<string>> SignedIn = [];

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
        var page = await web.NewPageAsync(web.Server, target.User is { } user ? await SignedInStateAsync(user) : null);
        if (careMode) await page.Context.AddInitScriptAsync("localStorage.setItem('caseflow.careMode', 'on')");
        await page.GotoAsync(target.Path.Contains("{case}") ? target.Path.Replace("{case}", (await CaseAsync()).ToString()) : target.Path);
        await page.GetByTestId(target.ReadyTestId).WaitForAsync();
        if (target.ReadySelector is { } selector) await page.Locator(selector).First.WaitForAsync();
        // Settled: the page's own marker showed above; give its last requests a moment (the app reads every answer, so a page
        // goes idle), but not more than 5 s on a loaded machine: axe checks what is drawn either way.
        try { await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 5_000 }); }
        catch (TimeoutException) { }
        (await page.EvaluateAsync<bool>("document.body.classList.contains('care-mode')")).ShouldBe(careMode);

        await Accessibility.AssertNoSeriousViolationsAsync(page, $"{name}{(careMode ? " (关怀模式)" : "")}");
        await page.Context.CloseAsync();
    }

    private Task<long> CaseAsync() => _case ??= ApplyAsync(web.Server);

    private Task<string> SignedInStateAsync(string user)
    {
        lock (SignedIn)
            return SignedIn.TryGetValue(user, out var state) ? state : SignedIn[user] = web.SignedInStateAsync(web.Server, user, Passwords[user]);
    }

    private static async Task<long> ApplyAsync(WebServer server)
    {
        using var clerk = await server.BearerClientAsync("clerk", "CaseFlow-clerk-2026");
        return (await CaseApi.ApplyAsync(clerk, CaseApi.BodyFor("social-security-card-replacement.json"))).Id;
    }
}
