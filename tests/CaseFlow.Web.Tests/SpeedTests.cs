using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace CaseFlow.Web.Tests;

/// <summary>
/// The README's speed figure: a 300-activity definition loaded and rendered, and dragged, in the browser. A benchmark
/// figure printed and written to screenshots/speed.txt, never a timed assertion; the test checks that it measured.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SpeedTests(WebFixture web, ITestOutputHelper output)
{
    [Fact]
    public async Task A_300_activity_definition_loads_renders_and_drags_and_the_figures_are_reported()
    {
        using var http = await web.Server.BearerClientAsync("designer", "CaseFlow-designer-2026");
        var response = await http.PutAsJsonAsync("/api/definitions/speed-300/draft", BigDefinition("speed-300", 300));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var page = await web.NewPageAsync();
        await WebFixture.SignInAsync(page, "designer", "CaseFlow-designer-2026");
        await page.GotoAsync("/designer/speed-300");
        // From navigation start to the moment all 300 nodes are on the page.
        var loadMs = (await page.WaitForFunctionAsync("() => document.querySelectorAll('.react-flow__node').length === 300 ? performance.now() : false",
            null, new() { PollingInterval = 5, Timeout = 30_000 })).JsonValueAsync<double>();
        var loaded = await loadMs;
        var fetched = await page.EvaluateAsync<double>("() => performance.getEntriesByName('caseflow:definition-loaded').at(-1).startTime");

        // Dragging one node across the canvas: frame intervals while the pointer moves.
        await page.EvaluateAsync("() => { window.__frames = []; const tick = t => { window.__frames.push(t); if (window.__frames.length < 100000) requestAnimationFrame(tick); }; requestAnimationFrame(tick); }");
        var box = (await page.Locator(".react-flow__node[data-id='task150']").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 20, box.Y + 10);
        await page.Mouse.DownAsync();
        var started = await page.EvaluateAsync<double>("() => performance.now()");
        for (var i = 1; i <= 60; i++) await page.Mouse.MoveAsync(box.X + 20 + i * 4, box.Y + 10 + i * 2);
        var ended = await page.EvaluateAsync<double>("() => performance.now()");
        await page.Mouse.UpAsync();
        var frames = await page.EvaluateAsync<double[]>($"() => window.__frames.filter(t => t >= {started.ToString(CultureInfo.InvariantCulture)} && t <= {ended.ToString(CultureInfo.InvariantCulture)})");
        var intervals = frames.Zip(frames.Skip(1), (a, b) => b - a).OrderBy(x => x).ToArray();
        intervals.Length.ShouldBeGreaterThan(5, "the drag should have produced frames");
        var moved = await new DesignerPageModel(page).PositionAsync("task150");
        moved.ShouldNotBe((0d, 0d));
        await WebFixture.ScreenshotAsync(page, "designer-300");

        var median = intervals[intervals.Length / 2];
        var p95 = intervals[(int)(intervals.Length * 0.95)];
        var line = string.Create(CultureInfo.InvariantCulture,
            $"300-activity definition: rendered {loaded - fetched:0} ms after its JSON arrived, {loaded:0} ms after navigation start (signed in; includes loading the app and the designer chunk, the descriptors and the definition); dragging a node: {60 / ((ended - started) / 1000):0} pointer moves/s, frame interval median {median:0.0} ms, p95 {p95:0.0} ms, worst {intervals[^1]:0.0} ms ({intervals.Length} frames); {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        output.WriteLine(line);
        Console.WriteLine(line);
        await File.WriteAllTextAsync(Path.Combine(WebFixture.ScreenshotDir, "speed.txt"), line + Environment.NewLine);
        await page.Context.CloseAsync();
    }

    /// <summary>Start → n−2 chained tasks → End, laid out in rows of 15.</summary>
    public static JsonObject BigDefinition(string id, int count)
    {
        var activities = new JsonArray();
        var connections = new JsonArray();
        string Id(int i) => i == 0 ? "start" : i == count - 1 ? "end" : $"task{i}";
        for (var i = 0; i < count; i++)
        {
            var type = i == 0 ? "Start" : i == count - 1 ? "End" : "HumanTask";
            activities.Add(new JsonObject
            {
                ["id"] = Id(i), ["type"] = type, ["name"] = type == "HumanTask" ? $"第 {i} 步" : type,
                ["props"] = type == "HumanTask" ? new JsonObject { ["title"] = $"第 {i} 步", ["role"] = "clerk" } : new JsonObject(),
                ["designer"] = new JsonObject { ["x"] = i % 15 * 220, ["y"] = i / 15 * 110 },
            });
            if (i > 0) connections.Add(new JsonObject { ["from"] = Id(i - 1), ["port"] = "done", ["to"] = Id(i) });
        }
        return new JsonObject { ["definitionId"] = id, ["version"] = 1, ["name"] = "三百步压力测试", ["variables"] = new JsonObject(), ["root"] = new JsonObject { ["activities"] = activities, ["connections"] = connections } };
    }
}
