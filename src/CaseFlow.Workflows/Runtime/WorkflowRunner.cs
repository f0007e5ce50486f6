using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Runtime;

/// <summary>
/// Token-based flowchart interpreter. Each call is one step (DESIGN decision 1): it works on the state in memory until
/// every token waits or the flow ends, and returns what changed; the host saves state and result in one transaction.
/// </summary>
public sealed class WorkflowRunner(ActivityRegistry registry, ExpressionEvaluator expressions, TimeProvider clock)
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
    /// already executed, cancelling that bookmark, and runs from there (DESIGN decision 3).
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

    /// <summary>One step's working memory.</summary>
    private sealed class Step(WorkflowRunner runner, WorkflowDefinition definition, WorkflowState state, RunOptions options)
    {
        public RunResult Result { get; } = new();

        private DateTime Now => runner._clock.GetUtcNow().UtcDateTime;

        public async Task ResumeAsync(Bookmark bookmark, ResumeInput input)
        {
            var token = state.FindToken(bookmark.TokenId)!;
            var node = definition.FindActivity(bookmark.ActivityId)!;
            var activity = runner._registry.Get(node.Type);
            var actorOptions = input.Actor is null ? options : new RunOptions { Services = options.Services, Subject = options.Subject, SubjectSnapshot = options.SubjectSnapshot, Actor = input.Actor, CancellationToken = options.CancellationToken };
            var context = new ActivityContext(definition, state, token, node, actorOptions, runner._expressions, runner._clock, input.Data);
            Journal(token, node, JournalEvent.Resumed, input.Outcome, null, input.Actor);
            ActivityResult result;
            try
            {
                result = await activity.ResumeAsync(context, input);
            }
            catch (WorkflowInputException)
            {
                throw;
            }
            catch (Exception ex)
            {
                RemoveBookmark(bookmark, "faulted", completed: false);
                Fault(token, node, ex);
                return;
            }
            RemoveBookmark(bookmark, "completed", completed: true);
            token.Status = TokenStatus.Ready;
            Apply(token, node, result, input.Actor);
        }

        public async Task RunAsync()
        {
            var executions = 0;
            // An incident parks only its own token: the other branches of a Faulted instance keep moving.
            while (state.Status is WorkflowStatus.Running or WorkflowStatus.Faulted && state.Tokens.FirstOrDefault(t => t.Status == TokenStatus.Ready) is { } token)
            {
                var node = definition.FindActivity(token.ActivityId)!;
                if (++executions > runner.MaxExecutionsPerStep)
                {
                    Fault(token, node, new InvalidOperationException($"More than {runner.MaxExecutionsPerStep} activities ran in one step without waiting: a loop with no wait?"));
                    continue;
                }
                options.CancellationToken.ThrowIfCancellationRequested();
                var activity = runner._registry.Get(node.Type);
                if (!state.Executed.Contains(node.Id)) state.Executed.Add(node.Id);
                Journal(token, node, JournalEvent.Started, null, null);
                ActivityResult result;
                try
                {
                    result = await activity.ExecuteAsync(new ActivityContext(definition, state, token, node, options, runner._expressions, runner._clock, null));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Fault(token, node, ex);
                    continue;
                }
                Apply(token, node, result, options.Actor);
            }
            if (state.Status is not (WorkflowStatus.Running or WorkflowStatus.Faulted)) return;
            if (state.Incidents.Count > 0) state.Status = WorkflowStatus.Faulted;
            else if (state.Tokens.Count == 0) Finish(null);
            else state.Status = WorkflowStatus.Running;
        }

        private void Apply(Token token, ActivityNode node, ActivityResult result, string? actor)
        {
            switch (result.Kind)
            {
                case ActivityResultKind.Done:
                    Journal(token, node, JournalEvent.Completed, result.Outcome, null, actor);
                    MoveNext(token, node, result.Outcome);
                    break;
                case ActivityResultKind.Wait:
                    Wait(token, node, result.Bookmark!);
                    break;
                case ActivityResultKind.Fork:
                    Journal(token, node, JournalEvent.Completed, "fork", null, actor);
                    Fork(token, node);
                    break;
                case ActivityResultKind.Join:
                    Join(token, node, result.ForkId!, result.JoinMode);
                    break;
                case ActivityResultKind.End:
                    Journal(token, node, JournalEvent.Completed, result.Outcome, null, actor);
                    End(token, node, result.Outcome);
                    break;
            }
        }

        private void MoveNext(Token token, ActivityNode node, string port)
        {
            var next = definition.Outgoing(node.Id).FirstOrDefault(c => c.Port == port);
            if (next is null)
            {
                Fault(token, node, new InvalidOperationException($"'{node.Id}' finished with '{port}', but no connection leaves it on that port."));
                return;
            }
            token.ActivityId = next.To;
            token.Status = TokenStatus.Ready;
        }

        private void Wait(Token token, ActivityNode node, BookmarkRequest request)
        {
            var bookmark = new Bookmark
            {
                TokenId = token.Id,
                ActivityId = node.Id,
                ActivityType = node.Type,
                Kind = request.Kind,
                Name = request.Name,
                CorrelationKey = request.CorrelationKey,
                DueAtUtc = request.DueAtUtc,
                Payload = request.Payload,
                CreatedAtUtc = Now,
                BranchId = token.BranchId,
            };
            state.Bookmarks.Add(bookmark);
            Result.CreatedBookmarks.Add(bookmark);
            token.Status = TokenStatus.Waiting;
            Journal(token, node, JournalEvent.Suspended, null, $"{request.Kind}:{request.Name}");
        }

        private void Fork(Token token, ActivityNode node)
        {
            var activation = new ForkActivation { ForkId = node.Id };
            state.Tokens.Remove(token);
            foreach (var connection in definition.Outgoing(node.Id))
            {
                activation.Branches.Add(connection.To);
                state.Tokens.Add(new Token { ActivityId = connection.To, Scope = [.. token.Scope, new BranchFrame(node.Id, activation.Id, connection.To)] });
            }
            state.Forks.Add(activation);
        }

        private void Join(Token token, ActivityNode joinNode, string forkId, JoinMode mode)
        {
            var frame = token.Scope.Count > 0 ? token.Scope[^1] : null;
            if (frame is null || frame.ForkId != forkId)
            {
                Fault(token, joinNode, new InvalidOperationException($"Join '{joinNode.Id}' waits for Fork '{forkId}', but this token did not come from it."));
                return;
            }
            state.Tokens.Remove(token);
            Journal(token, joinNode, JournalEvent.Completed, "arrived", frame.BranchId);
            Arrive(token, frame, joinNode, mode);
        }

        /// <summary>A branch arrived (at the Join, or at an End inside the fork): continue after the Join once the rule is met.</summary>
        private void Arrive(Token token, BranchFrame frame, ActivityNode? joinNode, JoinMode mode)
        {
            var activation = state.Forks.FirstOrDefault(f => f.Id == frame.ActivationId);
            if (activation is null || activation.Completed) return;
            if (!activation.Arrived.Contains(frame.BranchId)) activation.Arrived.Add(frame.BranchId);

            var done = mode == JoinMode.Any || activation.Branches.All(activation.Arrived.Contains);
            if (!done) return;
            activation.Completed = true;
            state.Forks.Remove(activation);
            if (mode == JoinMode.Any) CancelBranches(activation.Id, $"并行分支已由 {frame.BranchId} 完成（任一汇聚），其余分支取消");
            if (joinNode is null) return;
            var continuing = new Token { ActivityId = joinNode.Id, Scope = token.Scope[..^1] };
            state.Tokens.Add(continuing);
            MoveNext(continuing, joinNode, Connection.DefaultPort);
        }

        private void CancelBranches(string activationId, string reason)
        {
            foreach (var other in state.Tokens.Where(t => t.Scope.Any(f => f.ActivationId == activationId)).ToList())
            {
                foreach (var bookmark in state.Bookmarks.Where(b => b.TokenId == other.Id).ToList()) RemoveBookmark(bookmark, reason, completed: false);
                foreach (var incident in state.Incidents.Where(i => i.TokenId == other.Id).ToList())
                {
                    state.Incidents.Remove(incident);
                    Result.ResolvedIncidents.Add(incident.Id);
                }
                state.Tokens.Remove(other);
                Journal(other, definition.FindActivity(other.ActivityId)!, JournalEvent.Cancelled, null, reason);
            }
            // Forks nested inside the cancelled branches have no tokens left.
            state.Forks.RemoveAll(f => !state.Tokens.Any(t => t.Scope.Any(s => s.ActivationId == f.Id)));
        }

        private void End(Token token, ActivityNode node, string outcome)
        {
            state.Tokens.Remove(token);
            if (token.Scope.Count == 0)
            {
                Finish(outcome);
                return;
            }
            // Inside a fork, End finishes only this branch; it counts as arrived for that fork's Join (DESIGN decision 4).
            var frame = token.Scope[^1];
            var joinNode = definition.Root.Activities.FirstOrDefault(a => a.Type == JoinActivity.TypeName && a.PropString("forkId") == frame.ForkId);
            Arrive(token, frame, joinNode, joinNode is null ? JoinMode.All : JoinActivity.ModeOf(joinNode));
        }

        private void Finish(string? outcome)
        {
            foreach (var bookmark in state.Bookmarks.ToList()) RemoveBookmark(bookmark, "流程已结束", completed: false);
            state.Tokens.Clear();
            state.Forks.Clear();
            state.Status = WorkflowStatus.Finished;
            state.Outcome = outcome ?? state.Outcome ?? "done";
            Result.Finished = true;
        }

        private void Fault(Token token, ActivityNode node, Exception ex)
        {
            token.Status = TokenStatus.Faulted;
            token.ActivityId = node.Id;
            var incident = new Incident { TokenId = token.Id, ActivityId = node.Id, Message = ex.Message, CreatedAtUtc = Now };
            state.Incidents.Add(incident);
            Result.CreatedIncidents.Add(incident);
            Journal(token, node, JournalEvent.Faulted, null, ex.Message);
        }

        public void RemoveBookmark(Bookmark bookmark, string reason, bool completed)
        {
            if (!state.Bookmarks.Remove(bookmark)) return;
            Result.RemovedBookmarks.Add(new RemovedBookmark(bookmark, reason, completed));
        }

        public void Journal(Token token, ActivityNode node, JournalEvent @event, string? outcome, string? message, string? actor = null) =>
            Result.Journal.Add(new JournalEntry(state.InstanceId, token.Id, node.Id, node.Type, @event, outcome, message, actor ?? options.Actor, Now));
    }
}

/// <summary>The instance cannot do what was asked in its present state (the host answers 409).</summary>
public sealed class WorkflowStateException(string message) : Exception(message);
