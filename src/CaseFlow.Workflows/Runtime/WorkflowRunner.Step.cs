using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Runtime;

// Scheduling: running ready tokens through their activities, waiting on bookmarks, ending and finishing.
public sealed partial class WorkflowRunner
{
    /// <summary>One step's working memory.</summary>
    private sealed partial class Step(WorkflowRunner runner, WorkflowDefinition definition, WorkflowState state, RunOptions options)
    {
        public RunResult Result { get; } = new();

        private DateTime Now => runner._clock.GetUtcNow().UtcDateTime;

        public async Task ResumeAsync(Bookmark bookmark, ResumeInput input)
        {
            var token = state.FindToken(bookmark.TokenId)!;
            var node = definition.FindActivity(bookmark.ActivityId)!;
            var activity = runner._registry.Get(node.Type);
            var actorOptions = input.Actor is null ? options : new RunOptions { Subject = options.Subject, SubjectSnapshot = options.SubjectSnapshot, Actor = input.Actor, CancellationToken = options.CancellationToken };
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
                    Journal(token, node, JournalEvent.Completed, result.Outcome, result.Message, actor);
                    if (result.Rearm is { } next) Repeat(token, node, result.Outcome, next);
                    else MoveNext(token, node, result.Outcome);
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
                case ActivityResultKind.Merge:
                    Merge(token, node, result.WaitFor);
                    break;
                case ActivityResultKind.End:
                    Journal(token, node, JournalEvent.Completed, result.Outcome, null, actor);
                    End(token, node, result.Outcome, result.EndsWorkflow);
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
            token.Via = node.Id;
            token.Status = TokenStatus.Ready;
        }

        /// <summary>
        /// A repeating Delay fired: the path after it runs as a branch of its own (no Join waits for it, so an End there ends only
        /// that run, as each firing of Elsa's Timer starts an instance of its own) and the Delay waits again (decision 32).
        /// </summary>
        private void Repeat(Token token, ActivityNode node, string outcome, BookmarkRequest next)
        {
            var run = new Token { ActivityId = node.Id, Scope = [.. token.Scope, new BranchFrame(node.Id, Guid.NewGuid().ToString("N"), node.Id)] };
            state.Tokens.Add(run);
            MoveNext(run, node, outcome);
            Wait(token, node, next);
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

        private void End(Token token, ActivityNode node, string outcome, bool endsWorkflow)
        {
            state.Tokens.Remove(token);
            if (token.Scope.Count == 0 || endsWorkflow)
            {
                // Elsa's End completes the flowchart, cancelling what still runs in other branches: as Join-any cancels them (decision 32).
                if (endsWorkflow) CancelTokens(state.Tokens.ToList(), $"流程已由 {node.Id} 结束，其余分支取消");
                Finish(outcome);
                return;
            }
            // Inside a fork, End finishes only this branch; it counts as arrived for that fork's Join (docs/decisions.md, decision 4).
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

        public void RemoveBookmark(Bookmark bookmark, string reason, bool completed)
        {
            if (!state.Bookmarks.Remove(bookmark)) return;
            Result.RemovedBookmarks.Add(new RemovedBookmark(bookmark, reason, completed));
        }

        public void Journal(Token token, ActivityNode node, JournalEvent @event, string? outcome, string? message, string? actor = null) =>
            Result.Journal.Add(new JournalEntry(state.InstanceId, token.Id, node.Id, node.Type, @event, outcome, message, actor ?? options.Actor, Now));
    }
}
