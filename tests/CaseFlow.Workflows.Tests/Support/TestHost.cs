using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Workflows.Tests.Support;

/// <summary>A runner on fake time that keeps every step's journal, the way a host would persist it.</summary>
internal sealed class TestHost
{
    public TestHost(ExpressionLimits? limits = null)
    {
        Expressions = new ExpressionEvaluator(limits);
        Registry = new ActivityRegistry([.. ActivityRegistry.BuiltIns(), new ApproveActivity(), new ThrowActivity()]);
        Runner = new WorkflowRunner(Registry, Expressions, Clock);
        Validator = new DefinitionValidator(Registry, Expressions);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero));
    public ExpressionEvaluator Expressions { get; }
    public ActivityRegistry Registry { get; }
    public WorkflowRunner Runner { get; }
    public DefinitionValidator Validator { get; }
    public List<JournalEntry> Journal { get; } = [];

    public async Task<(WorkflowState State, RunResult Result)> StartAsync(WorkflowDefinition definition, JsonObject? input = null, RunOptions? options = null)
    {
        // A test drawing a broken flowchart would test nothing; the validator must accept it.
        Validator.Validate(definition).ShouldBeEmpty();
        var state = Runner.NewInstance(definition, input);
        return (state, Record(await Runner.StartAsync(definition, state, options ?? new RunOptions())));
    }

    /// <summary>Resumes the one open bookmark at <paramref name="activityId"/>.</summary>
    public async Task<RunResult> ResumeAsync(WorkflowDefinition definition, WorkflowState state, string activityId,
        string? outcome = null, JsonObject? data = null, RunOptions? options = null) =>
        Record(await Runner.ResumeAsync(definition, state, OpenBookmark(state, activityId).Id, new ResumeInput(outcome, data, "tester"), options ?? new RunOptions()));

    public async Task<RunResult> MoveBackAsync(WorkflowDefinition definition, WorkflowState state, string fromActivityId, string toActivityId, string reason) =>
        Record(await Runner.MoveBackAsync(definition, state, OpenBookmark(state, fromActivityId).Id, toActivityId, reason, new RunOptions()));

    public async Task<RunResult> RetryAsync(WorkflowDefinition definition, WorkflowState state, string incidentId) =>
        Record(await Runner.RetryAsync(definition, state, incidentId, new RunOptions()));

    public static Bookmark OpenBookmark(WorkflowState state, string activityId) =>
        state.Bookmarks.Where(b => b.ActivityId == activityId).ShouldHaveSingleItem();

    public IEnumerable<JournalEntry> JournalOf(string activityId, JournalEvent @event) =>
        Journal.Where(j => j.ActivityId == activityId && j.Event == @event);

    private RunResult Record(RunResult result)
    {
        Journal.AddRange(result.Journal);
        return result;
    }
}
