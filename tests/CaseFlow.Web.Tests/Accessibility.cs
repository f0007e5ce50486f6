using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>
/// axe-core on a page (WCAG 2.1 A and AA rules, which GB/T 37668-2019 follows): fails listing every serious or critical
/// violation with its rule, the elements it hit and axe's help text.
/// </summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        if (blocking.Count == 0) return;
        var lines = blocking.SelectMany(v => v.Nodes.Select(n => $"- {v.Id} ({v.Impact}) at {n.Target}: {v.Help} [{n.Html.Trim()[..Math.Min(n.Html.Trim().Length, 160)]}]"));
        throw new ShouldAssertException($"{what}: {blocking.Count} serious or critical accessibility rule(s) broken:\n{string.Join("\n", lines)}");
    }
}
