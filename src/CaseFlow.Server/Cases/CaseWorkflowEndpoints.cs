using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Domain;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Workflows;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Incidents;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Cases;

/// <summary>The instance viewer's read: a case's workflow on its definition's canvas (README "Web app").</summary>
public static class CaseWorkflowEndpoints
{
    public static RouteGroupBuilder MapCaseWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization();
        group.MapGet("/{id:long}/workflow", Get)
            .WithName("GetCaseWorkflow")
            .WithSummary("查看办件的流程实例（走过的路径、当前等待的环节）");
        return group;
    }

    /// <summary>Seen by whoever sees the case (<see cref="AccessPolicy.CaseAsync"/>): anyone else gets the same 404.</summary>
    public static async Task<Ok<CaseWorkflowDto>> Get(long id, CaseFlowDbContext db, AccessPolicy access, ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        var @case = await access.CaseAsync(await actors.GetAsync(ct), id, ct);
        // The case's own instance: a sub-workflow's instance names its parent, the case's has none.
        var instance = await db.Instances.AsNoTracking().Where(i => i.CaseId == id && i.ParentInstanceId == null).OrderBy(i => i.CreatedAtUtc).FirstOrDefaultAsync(ct)
            ?? throw new DomainNotFoundException($"Case {id} has no workflow instance.");
        var record = await db.Definitions.AsNoTracking()
            .SingleAsync(d => d.DefinitionId == instance.DefinitionId && d.DefinitionVersion == instance.DefinitionVersion, ct);
        var latest = await db.Definitions.Where(d => d.DefinitionId == instance.DefinitionId).MaxAsync(d => d.DefinitionVersion, ct);
        var definition = DefinitionStore.ToDefinition(record, record.DefinitionVersion == latest);
        var journal = await db.Journal.AsNoTracking().Where(j => j.InstanceId == instance.Id).OrderBy(j => j.Id).ToListAsync(ct);
        var waiting = await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instance.Id).OrderBy(b => b.CreatedAtUtc)
            .ProjectTo<WaitingPointDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.CaseId == id && t.InstanceId == instance.Id && (t.Status == Domain.Tasks.CaseTaskStatus.Open || t.Status == Domain.Tasks.CaseTaskStatus.Claimed))
            .OrderBy(t => t.Id).ProjectTo<OpenStepTaskDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        var incidents = await db.Incidents.AsNoTracking().Where(i => i.InstanceId == instance.Id).OrderBy(i => i.CreatedAtUtc)
            .ProjectTo<IncidentDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        return TypedResults.Ok(new CaseWorkflowDto(@case.Id, @case.CaseNo, instance.Id, instance.Status, definition, PathOf(journal, definition),
            TakenOf(journal, definition), waiting, tasks, incidents));
    }

    /// <summary>
    /// The executions in the order they started: each Started opens one on its token (a token runs one activity at a time), a
    /// suspension makes it wait, and its completion, fault, cancellation or move back (退回/撤回, journaled under the step
    /// returned to) ends it.
    /// </summary>
    public static List<WorkflowStepDto> PathOf(IReadOnlyList<JournalRecord> journal, WorkflowDefinition definition)
    {
        var steps = new List<WorkflowStepDto>();
        var open = new Dictionary<string, int>();
        foreach (var entry in journal)
        {
            var key = entry.TokenId;
            if (entry.Event == JournalEvent.Started)
            {
                open[key] = steps.Count;
                steps.Add(new WorkflowStepDto(steps.Count + 1, entry.ActivityId, entry.ActivityType, definition.FindActivity(entry.ActivityId)?.Name,
                    WorkflowStepState.Running, entry.AtUtc, null, null, null));
                continue;
            }
            if (!open.TryGetValue(key, out var index)) continue;
            var state = entry.Event switch
            {
                JournalEvent.Suspended => WorkflowStepState.Waiting,
                JournalEvent.Resumed => WorkflowStepState.Running,
                JournalEvent.Completed => WorkflowStepState.Completed,
                JournalEvent.Faulted => WorkflowStepState.Faulted,
                JournalEvent.Cancelled => WorkflowStepState.Cancelled,
                _ => WorkflowStepState.MovedBack,
            };
            var ended = state is not (WorkflowStepState.Waiting or WorkflowStepState.Running);
            steps[index] = steps[index] with
            {
                State = state,
                EndedAtUtc = ended ? entry.AtUtc : null,
                Outcome = entry.Event == JournalEvent.Completed ? entry.Outcome : steps[index].Outcome,
                Actor = entry.Event is JournalEvent.Resumed or JournalEvent.Completed ? entry.Actor ?? steps[index].Actor : steps[index].Actor,
            };
            if (ended) open.Remove(key);
        }
        return steps;
    }

    /// <summary>
    /// The connections followed: a completion leaves by the connection of its outcome port (a fork by all of its connections, a
    /// join's arrival by its own), when the activity it leads to started afterwards.
    /// </summary>
    public static List<TakenConnectionDto> TakenOf(IReadOnlyList<JournalRecord> journal, WorkflowDefinition definition)
    {
        var taken = new Dictionary<(string From, string Port, string To), int>();
        var lastStart = journal.Where(j => j.Event == JournalEvent.Started).GroupBy(j => j.ActivityId).ToDictionary(g => g.Key, g => g.Max(j => j.Id));
        foreach (var entry in journal.Where(j => j.Event == JournalEvent.Completed && j.Outcome is not null))
        {
            var outgoing = definition.Outgoing(entry.ActivityId).Where(c => lastStart.GetValueOrDefault(c.To) > entry.Id).ToList();
            var port = entry.Outcome == "arrived" ? Connection.DefaultPort : entry.Outcome;
            var followed = port == "fork" && outgoing.All(c => c.Port != "fork") ? outgoing : outgoing.Where(c => c.Port == port).Take(1);
            foreach (var c in followed) taken[(c.From, c.Port, c.To)] = taken.GetValueOrDefault((c.From, c.Port, c.To)) + 1;
        }
        return taken.Select(t => new TakenConnectionDto(t.Key.From, t.Key.Port, t.Key.To, t.Value)).ToList();
    }
}
