using System.Text.Json.Nodes;
using CaseFlow.Domain.Activities;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Documents;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Timers;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Workflows;

/// <summary>A case as the subject of its workflow instances, and what the case activities of a step may use.</summary>
public sealed class CaseSubject(Case @case, CaseFlowDbContext db, ClockBook book) : IWorkflowSubject
{
    public const string TypeName = "case";

    public string Type => TypeName;

    public Case Case => @case;

    public ServiceItem Item => @case.ServiceItem ?? throw new InvalidOperationException("The case's service item is not loaded.");

    public JsonObject Snapshot() => CaseSnapshot.Of(@case);

    public IEnumerable<DomainEventSource> EventSources => [@case];

    public void Attach(WorkflowInstanceRecord instance, WorkflowDefinition definition)
    {
        instance.Case = @case;
        instance.CaseId = @case.Id;
        @case.BeginWorkflow(instance.Id, definition.DefinitionId, definition.Version);
    }

    public void Link(TimerRecord timer)
    {
        timer.Case = @case;
        timer.CaseId = @case.Id;
    }

    public void Link(IncidentRecord incident)
    {
        incident.Case = @case;
        incident.CaseId = @case.Id;
    }

    public void StepCompleted(DateTime now) => @case.CompleteStep(now);

    public void Cancelled(DateTime now) => @case.Cancel(now);

    /// <summary>One inbox task per task bookmark (docs/decisions.md, decision 2), in the org unit its scope names, with its step's limit and policy.</summary>
    public async Task<CaseTask> NewTaskAsync(WorkflowInstanceRecord instance, Bookmark bookmark, ActivityNode? node, DateTime now, CancellationToken ct)
    {
        var payload = bookmark.Payload ?? new JsonObject();
        var orgUnitId = payload["orgUnitId"]?.GetValue<long>() ?? (payload["scope"]?.GetValue<string>() switch
        {
            "homeDepartment" => @case.HomeDepartmentId ?? throw new DomainConflictException(
                $"'{bookmark.ActivityId}' is for the home department, but 办件 {@case.CaseNo} has not been pushed to one yet."),
            "orgUnit" => await db.OrgUnits.Where(o => o.Code == payload["orgUnit"]!.GetValue<string>()).Select(o => (long?)o.Id).SingleOrDefaultAsync(ct)
                ?? throw new DomainConflictException($"'{bookmark.ActivityId}' names org unit '{payload["orgUnit"]}', which does not exist."),
            _ => @case.IntakeWindowId,
        });
        var task = BookmarkTask.Create(@case, instance, bookmark, payload, orgUnitId, Roles.Clerk, now, book.TaskDue(@case, StepTimekeeping.Limit(node)));
        db.Tasks.Add(task);
        task.Publish(StepTimekeeping.Policy(node));
        return task;
    }

    // ---------------------------------------------------------------- for the case activities

    /// <summary>An entry on the case's timeline.</summary>
    public void Event(string actor, DateTime now, string kind, string summary, JsonObject? data = null) =>
        db.CaseEvents.Add(new CaseEvent { Case = @case, CaseId = @case.Id, AtUtc = now, Actor = actor, Kind = kind, Summary = summary, DataJson = data?.ToJsonString() });

    /// <summary>A document issued on the case by <paramref name="issuerId"/> in the name of <paramref name="issuingUnitId"/> (see <see cref="DocumentIssuing"/>).</summary>
    public CaseDocument Document(DateTime now, DocumentKind kind, string title, JsonObject content, string issuerId, long issuingUnitId) =>
        DocumentIssuing.Issue(db, @case, now, kind, title, content, issuerId, issuingUnitId);

    /// <summary>Every document of the case, saved or issued in this step, oldest first.</summary>
    public async Task<List<CaseDocument>> DocumentsAsync(CancellationToken ct)
    {
        var caseId = @case.Id;
        var stored = caseId == 0 ? [] : await db.Documents.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(ct);
        var added = db.Documents.Local.Where(d => d.Case == @case && d.Id == 0);
        return stored.Concat(added).OrderBy(d => d.CreatedAtUtc).ToList();
    }

    /// <summary>The latest document of one of the kinds: one issued in this step first, else the last saved.</summary>
    public async Task<CaseDocument?> LatestDocumentAsync(IReadOnlyCollection<DocumentKind> kinds, CancellationToken ct)
    {
        var caseId = @case.Id;
        return db.Documents.Local.Where(d => d.Case == @case).OrderByDescending(d => d.CreatedAtUtc).FirstOrDefault(d => kinds.Contains(d.Kind))
            ?? await db.Documents.Where(d => d.CaseId == caseId).OrderByDescending(d => d.Id).FirstOrDefaultAsync(d => kinds.Contains(d.Kind), ct);
    }

    /// <summary>The department of <paramref name="category"/> nearest under the region (docs/decisions.md, decision 6).</summary>
    public Task<OrgUnit?> HomeDepartmentAsync(string regionCode, string category, CancellationToken ct) =>
        HomeDepartments.ResolveAsync(db, regionCode, category, ct);
}

/// <summary>Loads the case of an instance row, with its service item.</summary>
public sealed class CaseSubjectLoader(CaseFlowDbContext db, ClockBook book) : IWorkflowSubjectLoader
{
    public string Type => CaseSubject.TypeName;

    public CaseSubject For(Case @case) => new(@case, db, book);

    public async Task<IWorkflowSubject?> LoadAsync(WorkflowInstanceRecord instance, CancellationToken ct)
    {
        var @case = instance.Case ?? (instance.CaseId is { } caseId ? await db.Cases.Include(c => c.ServiceItem).SingleAsync(c => c.Id == caseId, ct) : null);
        if (@case is null) return null;
        if (@case.ServiceItem is null) await db.Entry(@case).Reference(c => c.ServiceItem).LoadAsync(ct);
        return For(@case);
    }
}
