using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaseFlow.Web.Tests;

/// <summary>What a designer does on the canvas, in the page's own terms (palette, ports, property panel, toolbar).</summary>
public sealed partial class DesignerPageModel(IPage page)
{
    public IPage Page => page;

    public ILocator Node(string id) => page.GetByTestId($"node-{id}");

    public ILocator Canvas => page.GetByTestId("canvas");

    public async Task OpenAsync(string definitionId)
    {
        await page.GotoAsync($"/designer/{definitionId}");
        await page.GetByTestId("designer").WaitForAsync();
        await page.Locator(".react-flow__node").First.WaitForAsync();
    }

    public async Task DropFromPaletteAsync(string type, float x, float y) =>
        await page.GetByTestId($"palette-{type}").DragToAsync(Canvas, new() { TargetPosition = new() { X = x, Y = y } });

    /// <summary>Drags from a node's named port to another node's input handle.</summary>
    public async Task ConnectAsync(string from, string port, string to)
    {
        var source = await page.GetByTestId($"port-{from}-{port}").BoundingBoxAsync() ?? throw new InvalidOperationException($"no port {from}.{port}");
        var target = await Node(to).Locator(".react-flow__handle-left").BoundingBoxAsync() ?? throw new InvalidOperationException($"no input on {to}");
        await page.Mouse.MoveAsync(source.X + source.Width / 2, source.Y + source.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(target.X + target.Width / 2 - 20, target.Y + target.Height / 2, new() { Steps = 8 });
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height / 2, new() { Steps = 4 });
        await page.Mouse.UpAsync();
    }

    public async Task SelectAsync(string id, bool add = false)
    {
        var box = (await Node(id).BoundingBoxAsync())!;
        if (add) await page.Keyboard.DownAsync("Control");
        await page.Mouse.ClickAsync(box.X + 40, box.Y + 10);
        if (add) await page.Keyboard.UpAsync("Control");
    }

    public async Task SetPropAsync(string prop, string value)
    {
        var input = page.GetByTestId("property-panel").GetByTestId($"prop-{prop}");
        await input.FillAsync(value);
    }

    public async Task SetTagsAsync(string prop, params string[] values)
    {
        var input = page.GetByTestId("property-panel").GetByTestId($"prop-{prop}").Locator("input");
        foreach (var v in values)
        {
            await input.FillAsync(v);
            await input.PressAsync("Enter");
        }
    }

    public Task ToolAsync(string key) => page.GetByTestId($"tool-{key}").ClickAsync();

    public async Task<(double X, double Y)> PositionAsync(string id)
    {
        var style = await page.Locator($".react-flow__node[data-id='{id}']").GetAttributeAsync("style") ?? "";
        var m = Translate().Match(style);
        m.Success.ShouldBeTrue($"no transform on {id}: {style}");
        return (double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<int> NodeCountAsync() => await page.Locator(".react-flow__node").CountAsync();

    public async Task<int> EdgeCountAsync() => await page.Locator(".react-flow__edge").CountAsync();

    public async Task WaitForProblemsAsync(bool any)
    {
        if (any) await page.GetByTestId("problem").First.WaitForAsync();
        else await page.GetByTestId("no-problems").WaitForAsync();
    }

    public async Task<string> ExportAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => ToolAsync("exportJson"));
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }

    public async Task ImportAsync(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"caseflow-import-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            await page.GetByTestId("import-file").SetInputFilesAsync(file);
            await page.GetByText("已导入").WaitForAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"translate\(([-\d.]+)px,\s*([-\d.]+)px\)")]
    private static partial Regex Translate();
}
