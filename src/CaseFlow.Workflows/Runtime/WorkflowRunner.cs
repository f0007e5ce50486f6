using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Runtime;

/// <summary>
/// Token-based flowchart interpreter. Each call is one step (docs/decisions.md, decision 1): it works on the state in memory until
/// every token waits or the flow ends, and returns what changed; the host saves state and result in one transaction.
/// </summary>
public sealed partial class WorkflowRunner(ActivityRegistry registry, ExpressionEvaluator expressions, TimeProvider clock)
{
    private readonly ActivityRegistry _registry = registry;
    private readonly ExpressionEvaluator _expressions = expressions;
    private readonly TimeProvider _clock = clock;

    /// <summary>Activity executions one step may make before it is taken for a loop without a wait.</summary>
    public int MaxExecutionsPerStep { get; init; } = 10_000;

    public ActivityRegistry Registry => _registry;

    public WorkflowState NewInstance(WorkflowDefinition definition, JsonObject? input = null, string? instanceId = null)
    {
        var variables = (JsonObject)definition.Variables.DeepClone();
        foreach (var (key, value) in input ?? [])
            variables[key] = value?.DeepClone();
        return new WorkflowState
        {
            InstanceId = instanceId ?? Guid.NewGuid().ToString("N"),
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version,
            Variables = variables,
        };
    }

    public async Task<RunResult> StartAsync(WorkflowDefinition definition, WorkflowState state, RunOptions options)
    {
        var start = definition.Root.Activities.Single(a => a.Type == StartActivity.TypeName);
        state.Tokens.Add(new Token { ActivityId = start.Id });
        var step = new Step(this, definition, state, options);
        await step.RunAsync();
        return step.Result;
    }

    /// <summary>Resumes one bookmark. A <see cref="WorkflowInputException"/> from the activity propagates: the caller discards the state.</summary>
    public async Task<RunResult> ResumeAsync(WorkflowDefinition definition, WorkflowState state, string bookmarkId, ResumeInput input, RunOptions options)
    {
        EnsureRunning(state);
        var bookmark = state.FindBookmark(bookmarkId) ?? throw new WorkflowStateException($"Bookmark '{bookmarkId}' is not open on this instance.");
        var step = new Step(this, definition, state, options);
        await step.ResumeAsync(bookmark, input);
        await step.RunAsync();
        return step.Result;
    }

    /// <summary>
    /// Return (退回) and withdraw (撤回): moves the token waiting on <paramref name="bookmarkId"/> back to an activity this instance
    /// already executed, cancelling that bookmark, and runs from there (docs/decisions.md, decision 3).
    /// </summary>
    public async Task<RunResult> MoveBackAsync(WorkflowDefinition definition, WorkflowState state, string bookmarkId, string targetActivityId, string reason, RunOptions options)
    {
        EnsureRunning(state);
        var bookmark = state.FindBookmark(bookmarkId) ?? throw new WorkflowStateException($"Bookmark '{bookmarkId}' is not open on this instance.");
        if (definition.FindActivity(targetActivityId) is not { } target)
            throw new WorkflowStateException($"Activity '{targetActivityId}' is not in this definition.");
        if (!state.Executed.Contains(targetActivityId))
            throw new WorkflowStateException($"This case never passed '{target.Name ?? target.Id}': it can only go back to a step it has been through.");
        if (target.Type is StartActivity.TypeName or EndActivity.TypeName or ForkActivity.TypeName or JoinActivity.TypeName)
            throw new WorkflowStateException($"'{target.Id}' is a {target.Type}: only a working step can be returned to.");

        var step = new Step(this, definition, state, options);
        var token = state.FindToken(bookmark.TokenId)!;
        step.RemoveBookmark(bookmark, reason, completed: false);
        step.Journal(token, target, JournalEvent.MovedBack, null, $"{bookmark.ActivityId} → {target.Id}: {reason}");
        token.ActivityId = target.Id;
        token.Status = TokenStatus.Ready;
        await step.RunAsync();
        return step.Result;
    }

    /// <summary>Re-executes the activity an incident parked its token at (after, say, a variable was fixed).</summary>
    public async Task<RunResult> RetryAsync(WorkflowDefinition definition, WorkflowState state, string incidentId, RunOptions options)
    {
        var incident = state.Incidents.FirstOrDefault(i => i.Id == incidentId) ?? throw new WorkflowStateException($"Incident '{incidentId}' is not open on this instance.");
        state.Incidents.Remove(incident);
        var token = state.FindToken(incident.TokenId) ?? throw new WorkflowStateException("The incident's token is gone.");
        token.Status = TokenStatus.Ready;
        state.Status = WorkflowStatus.Running;
        var step = new Step(this, definition, state, options);
        step.Result.ResolvedIncidents.Add(incident.Id);
        await step.RunAsync();
        return step.Result;
    }

    public RunResult Cancel(WorkflowDefinition definition, WorkflowState state, string reason, RunOptions options)
    {
        var step = new Step(this, definition, state, options);
        foreach (var bookmark in state.Bookmarks.ToList()) step.RemoveBookmark(bookmark, reason, completed: false);
        step.Result.ResolvedIncidents.AddRange(state.Incidents.Select(i => i.Id));
        state.Incidents.Clear();
        state.Tokens.Clear();
        state.Forks.Clear();
        state.Status = WorkflowStatus.Cancelled;
        return step.Result;
    }

    private static void EnsureRunning(WorkflowState state)
    {
        if (state.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
            throw new WorkflowStateException($"The instance is {state.Status.ToString().ToLowerInvariant()}.");
    }
}

/// <summary>The instance cannot do what was asked in its present state (the host answers 409).</summary>
public sealed class WorkflowStateException(string message) : Exception(message);
