using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Runtime;

public sealed partial class WorkflowRunner
{
    // Incidents: a faulted activity parks its own token with an incident; the other branches keep moving.
    private sealed partial class Step
    {
        private void Fault(Token token, ActivityNode node, Exception ex)
        {
            token.Status = TokenStatus.Faulted;
            token.ActivityId = node.Id;
            var incident = new Incident { TokenId = token.Id, ActivityId = node.Id, Message = ex.Message, CreatedAtUtc = Now };
            state.Incidents.Add(incident);
            Result.CreatedIncidents.Add(incident);
            Journal(token, node, JournalEvent.Faulted, null, ex.Message);
        }
    }
}
