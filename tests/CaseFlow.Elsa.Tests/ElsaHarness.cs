using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Elsa.Tests;

/// <summary>Imports fixtures and runs them on the real engine: timers and events are resumed as they come, children are run in place.</summary>
internal sealed class ElsaHarness
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero));
    public ActivityRegistry Registry { get; } = new(ActivityRegistry.BuiltIns());
    public ExpressionEvaluator Expressions { get; } = new();
    public WorkflowRunner Runner => new(Registry, Expressions, Clock);
    public DefinitionValidator Validator => new(Registry, Expressions);
    public List<JournalEntry> Journal { get; } = [];
    public List<Bookmark> Bookmarks { get; } = [];
    public Dictionary<string, WorkflowDefinition> Children { get; } = new(StringComparer.Ordinal);

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>Every problem of the import: the importer's and then the validator's.</summary>
    public IReadOnlyList<ValidationProblem> Problems(ElsaImportResult result) =>
        [.. result.Problems, .. result.Definition is { } d ? Validator.Validate(d) : []];

    public WorkflowDefinition ImportValid(string fixture)
    {
        var result = ElsaImporter.Import(Fixture(fixture));
        Problems(result).ShouldBeEmpty();
        return result.Definition!;
    }

    /// <summary>Imports a fixture (and the children it runs) and runs it to where it waits or ends.</summary>
    public static async Task<(ElsaHarness Harness, WorkflowState State)> RunFixtureAsync(string fixture, params string[] children)
    {
        var harness = new ElsaHarness();
        foreach (var child in children.Select(harness.ImportValid)) harness.Children[child.DefinitionId] = child;
        return (harness, await harness.RunAsync(harness.ImportValid(fixture)));
    }

    public List<string> LogLines => Journal.Where(j => j.ActivityType == LogActivity.TypeName && j.Event == JournalEvent.Completed).Select(j => j.Message!).ToList();

    public async Task<WorkflowState> RunAsync(WorkflowDefinition definition, System.Text.Json.Nodes.JsonObject? input = null)
    {
        var runner = Runner;
        var state = runner.NewInstance(definition, input);
        var options = new RunOptions();
        Record(await runner.StartAsync(definition, state, options));
        for (var i = 0; i < 100 && state.Status == WorkflowStatus.Running && state.Bookmarks.Count > 0; i++)
        {
            var bookmark = state.Bookmarks[0];
            Bookmarks.Add(bookmark);
            string? outcome = null;
            System.Text.Json.Nodes.JsonObject? data = null;
            if (bookmark.Kind == BookmarkRequest.TimerKind) Clock.SetUtcNow(bookmark.DueAtUtc!.Value);
            if (bookmark.Kind == BookmarkRequest.ChildKind)
            {
                var child = await RunAsync(Children[bookmark.Name], bookmark.Payload?["input"]?.AsObject());
                ChildStates.Add(child);
                outcome = child.Outcome;
                data = child.Variables;
            }
            Record(await runner.ResumeAsync(definition, state, bookmark.Id, new ResumeInput(outcome, data), options));
        }
        return state;
    }

    public List<WorkflowState> ChildStates { get; } = [];

    private void Record(RunResult result) => Journal.AddRange(result.Journal);
}
