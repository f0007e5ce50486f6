using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>关怀模式 (适老化, GB/T 37668-2019): the switch on the sign-in page and in the header; larger text; kept across reloads.</summary>
[Collection(WebCollection.Name)]
public sealed class CareModeTests(WebFixture web)
{
    [Fact]
    public async Task Care_mode_enlarges_the_text_and_stays_on_after_a_reload_and_signing_in()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByTestId("sign-in").WaitForAsync();
        var label = page.Locator("label[for=userName]");
        (await FontSizeAsync(label)).ShouldBe(14);

        await page.GetByTestId("care-mode-switch").ClickAsync();
        await Expect(() => FontSizeAsync(label), 18);
        (await page.EvaluateAsync<bool>("document.body.classList.contains('care-mode')")).ShouldBeTrue();
        (await page.GetByTestId("care-mode-switch").GetAttributeAsync("aria-pressed")).ShouldBe("true");
        await WebFixture.ScreenshotAsync(page, "care-mode-sign-in");

        await page.ReloadAsync();
        await page.GetByTestId("sign-in").WaitForAsync();
        (await FontSizeAsync(label)).ShouldBe(18);

        // Signed in, the header carries the switch and the larger theme still holds; switching back restores 14 px.
        await WebFixture.SignInAsync(page, "clerk", "CaseFlow-clerk-2026");
        var welcome = page.GetByTestId("memberships");
        await welcome.WaitForAsync();
        (await FontSizeAsync(page.GetByTestId("nav").Locator(".ant-menu-item").First)).ShouldBe(18);
        await WebFixture.ScreenshotAsync(page, "care-mode-home");
        await page.GetByTestId("care-mode-switch").ClickAsync();
        await Expect(() => FontSizeAsync(page.GetByTestId("nav").Locator(".ant-menu-item").First), 14);
        await page.ReloadAsync();
        await page.GetByTestId("memberships").WaitForAsync();
        (await page.EvaluateAsync<bool>("document.body.classList.contains('care-mode')")).ShouldBeFalse();
        await page.Context.CloseAsync();
    }

    private static async Task<double> FontSizeAsync(ILocator locator) =>
        double.Parse((await locator.EvaluateAsync<string>("e => getComputedStyle(e).fontSize")).Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task Expect<T>(Func<Task<T>> read, T expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        T actual;
        while (!Equals(actual = await read(), expected) && DateTime.UtcNow < deadline) await Task.Delay(100);
        actual.ShouldBe(expected);
    }
}
