using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Runtime;

public sealed partial class WorkflowRunner
{
    // Fork and Join (docs/decisions.md, decision 4): branches, their arrival at the Join, and the branches a Join-any cancels.
    private sealed partial class Step
    {
        private void Fork(Token token, ActivityNode node)
        {
            var activation = new ForkActivation { ForkId = node.Id };
            state.Tokens.Remove(token);
            foreach (var connection in definition.Outgoing(node.Id))
            {
                activation.Branches.Add(connection.To);
                state.Tokens.Add(new Token { ActivityId = connection.To, Via = node.Id, Scope = [.. token.Scope, new BranchFrame(node.Id, activation.Id, connection.To)] });
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

        /// <summary>A Merge with waitFor: park until a token has come from each named activity, then continue once (decision 32).</summary>
        private void Merge(Token token, ActivityNode node, IReadOnlyList<string> waitFor)
        {
            token.Status = TokenStatus.Merging;
            var parked = state.Tokens.Where(t => t.ActivityId == node.Id && t.Status == TokenStatus.Merging).ToList();
            var missing = waitFor.Where(source => !parked.Any(t => t.Via == source)).ToList();
            if (missing.Count > 0)
            {
                Journal(token, node, JournalEvent.Suspended, null, $"merge:{string.Join(",", missing)}");
                return;
            }
            foreach (var source in waitFor) state.Tokens.Remove(parked.First(t => t.Via == source));
            var continuing = new Token { ActivityId = node.Id, Scope = token.Scope };
            state.Tokens.Add(continuing);
            Journal(continuing, node, JournalEvent.Completed, Connection.DefaultPort, null);
            MoveNext(continuing, node, Connection.DefaultPort);
        }

        private void CancelBranches(string activationId, string reason) =>
            CancelTokens(state.Tokens.Where(t => t.Scope.Any(f => f.ActivationId == activationId)).ToList(), reason);

        /// <summary>Cancels tokens with their bookmarks (tasks, timers, child instances, events) and incidents.</summary>
        private void CancelTokens(IReadOnlyList<Token> tokens, string reason)
        {
            foreach (var other in tokens)
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
    }
}
