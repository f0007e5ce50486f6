using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>The acceptance flow of the process designer, in Debian's Chromium against the real server.</summary>
[Collection(WebCollection.Name)]
public sealed class DesignerFlowTests(WebFixture web)
{
    [Fact]
    public async Task A_designer_draws_validates_publishes_compares_undoes_copies_and_round_trips_json()
    {
        var page = await web.NewPageAsync();
        var designer = new DesignerPageModel(page);
        await WebFixture.SignInAsync(page, "designer", "CaseFlow-designer-2026");
        const string id = "three-step"; // the only test that creates it, on this run's fresh server

        // A new definition: Start and End only.
        await page.GetByTestId("nav").GetByText("流程设计").ClickAsync();
        await page.GetByTestId("new-definition").ClickAsync();
        await page.GetByTestId("new-id").FillAsync(id);
        await page.GetByTestId("new-name").FillAsync("三步审批流程");
        await page.GetByTestId("create").ClickAsync();
        await designer.Node("start").WaitForAsync();

        // Three steps from the palette, connected port to port.
        await designer.DropFromPaletteAsync("HumanTask", 150, 330);
        await designer.DropFromPaletteAsync("HumanTask", 350, 330);
        await designer.DropFromPaletteAsync("HumanTask", 550, 330);
        (await designer.NodeCountAsync()).ShouldBe(5);
        await designer.ConnectAsync("start", "done", "humanTask1");
        await designer.ConnectAsync("humanTask1", "done", "humanTask2");
        await designer.ConnectAsync("humanTask2", "done", "humanTask3");
        await designer.ConnectAsync("humanTask3", "done", "end");
        await Expect(async () => await designer.EdgeCountAsync(), 4);

        // The first step: its name, assignee role and step limit.
        await designer.SelectAsync("humanTask1");
        await designer.SetPropAsync("name", "形式审查");
        await designer.SetPropAsync("title", "形式审查");
        await designer.SetPropAsync("role", "clerk");
        await designer.SetPropAsync("limit.value", "2");

        // The other two have no title and role: the server's validation shows on their nodes and in the panel.
        await designer.WaitForProblemsAsync(any: true);
        await Expect(async () => int.Parse(await designer.Node("humanTask2").GetAttributeAsync("data-problems") ?? "0") > 0, true);
        await Expect(async () => await designer.Node("humanTask1").GetAttributeAsync("data-problems"), "0");
        var problem = page.GetByTestId("problem").Filter(new() { HasText = "activities[humanTask3].props.role" });
        await problem.ClickAsync();
        await page.GetByTestId("property-panel").GetByText("humanTask3").WaitForAsync();
        await WebFixture.ScreenshotAsync(page, "designer-problems");

        // Fixed from the property panel, then laid out.
        await designer.SetPropAsync("name", "审批");
        await designer.SetPropAsync("title", "审批");
        await designer.SetPropAsync("role", "approver");
        await designer.SelectAsync("humanTask2");
        await designer.SetPropAsync("name", "受理");
        await designer.SetPropAsync("title", "受理");
        await designer.SetPropAsync("role", "clerk");
        await designer.WaitForProblemsAsync(any: false);
        await designer.ToolAsync("layoutAll");

        await designer.ToolAsync("publish");
        await page.GetByText("已发布版本 1").WaitForAsync();
        await designer.SelectAsync("humanTask1");
        await designer.SetPropAsync("limit.value", "3");
        await Task.Delay(300);
        await designer.ToolAsync("publish");
        await page.GetByText("已发布版本 2").WaitForAsync();
        await page.Locator(".ant-message-notice").Last.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
        await WebFixture.ScreenshotAsync(page, "designer");
        File.Copy(Path.Combine(WebFixture.ScreenshotDir, "designer.png"), Path.Combine(WebServer.RepoRoot(), "docs", "images", "designer.png"), overwrite: true);

        // The diff of v1 and v2: the changed limit, listed and highlighted.
        await designer.ToolAsync("history");
        await page.GetByTestId("version-2").WaitForAsync();
        await page.GetByTestId("compare").ClickAsync();
        await page.GetByTestId("diff-list").GetByText("humanTask1 · props.limit.value: 2 → 3").WaitForAsync();
        await WebFixture.ScreenshotAsync(page, "designer-diff");
        await page.Locator(".ant-modal-close").ClickAsync();
        await page.GetByTestId("diff").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.Locator(".ant-drawer-close").ClickAsync();
        await page.Locator(".ant-drawer-mask").WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        // A dry run of the draft: the engine in memory walks Start → the three steps → End.
        await designer.ToolAsync("dryRun");
        await page.GetByTestId("dry-run").GetByText("已走到结束").WaitForAsync();
        (await page.GetByTestId("dry-run-step").AllInnerTextsAsync()).ShouldContain(s => s.Contains("形式审查"));
        await WebFixture.ScreenshotAsync(page, "designer-dry-run");
        await page.Locator(".ant-modal-close").ClickAsync();
        await page.GetByTestId("dry-run").WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        // Undo and redo a move.
        var before = await designer.PositionAsync("humanTask3");
        var box = (await designer.Node("humanTask3").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 40, box.Y + 10);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 140, box.Y + 110, new() { Steps = 10 });
        await page.Mouse.UpAsync();
        var moved = await designer.PositionAsync("humanTask3");
        moved.ShouldNotBe(before);
        await designer.ToolAsync("undo");
        await Expect(async () => await designer.PositionAsync("humanTask3"), before);
        await designer.ToolAsync("redo");
        await Expect(async () => await designer.PositionAsync("humanTask3"), moved);

        // Search by name selects the step; select-all and Delete clear the canvas, and undo brings it back.
        await page.GetByTestId("search").Locator("input").FillAsync("审批");
        await page.GetByTestId("property-panel").GetByText("humanTask3").WaitForAsync();
        await page.GetByTestId("search").Locator("input").FillAsync("");
        await designer.ToolAsync("fit"); // the search centred the match at 100 %: back to the whole flow
        await Task.Delay(400);
        await page.Locator(".react-flow__pane").ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.PressAsync("Delete");
        await Expect(async () => await designer.NodeCountAsync(), 0);
        await page.Keyboard.PressAsync("Control+z");
        await Expect(async () => await designer.NodeCountAsync(), 5);
        await Expect(async () => await designer.EdgeCountAsync(), 4);

        // Export, then re-import the same file: the document is unchanged.
        var exported = await designer.ExportAsync();
        JsonNode.Parse(exported)!["root"]!["activities"]!.AsArray().Count.ShouldBe(5);
        await designer.ImportAsync(exported);
        (await designer.ExportAsync()).ShouldBe(exported);

        // Copy two nodes into another definition.
        await designer.SelectAsync("humanTask1");
        await designer.SelectAsync("humanTask2", add: true);
        await page.Keyboard.PressAsync("Control+c");
        await designer.OpenAsync("local-approval");
        var count = await designer.NodeCountAsync();
        await page.Locator(".react-flow__pane").ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        await page.Keyboard.PressAsync("Control+v");
        await Expect(async () => await designer.NodeCountAsync(), count + 2);
        await designer.Node("humanTask1").WaitForAsync();
        (await designer.Node("humanTask1").InnerTextAsync()).ShouldContain("形式审查");
        await WebFixture.ScreenshotAsync(page, "designer-paste");
        await page.Context.CloseAsync();
    }

    /// <summary>Polls until the value is as expected (the canvas updates asynchronously), then asserts it.</summary>
    private static async Task Expect<T>(Func<Task<T>> read, T expected)
    {
        var value = await read();
        for (var i = 0; i < 50 && !Equals(value, expected); i++)
        {
            await Task.Delay(100);
            value = await read();
        }
        value.ShouldBe(expected);
    }
}
