using System.Text.Json.Nodes;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Timers;
using CaseFlow.Domain.Workflows;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Ratings;

/// <summary>
/// A poor rating's rectification as the subject of its workflow instance (docs/decisions.md, decision 20). Its tasks are inbox
/// tasks of the rated case, so the case's visibility, the inbox, the step timers, escalation and 时效考核 treat them as any
/// case task; their limits come from <see cref="RectificationOptions"/> (per province), not from the definition.
/// </summary>
public sealed class RatingSubject(Rectification rectification, CaseFlowDbContext db, ClockBook book, RectificationOptions options) : IWorkflowSubject
{
    public const string TypeName = "rating";

    /// <summary>The task payload's scope naming the unit that decided the case (home department, or the window for 就地批办/即办).</summary>
    public const string DecidingUnit = "decidingUnit";

    public string Type => TypeName;

    public Rectification Rectification => rectification;

    public Rating Rating => rectification.Rating ?? throw new InvalidOperationException("The rectification's rating is not loaded.");

    public Case Case => rectification.Case ?? Rating.Case ?? throw new InvalidOperationException("The rectification's case is not loaded.");

    public JsonObject Snapshot()
    {
        var snapshot = CaseSnapshot.Of(Case);
        snapshot["rating"] = new JsonObject { ["level"] = Rating.Level.ToString(), ["channel"] = Rating.Channel.ToString(), ["comment"] = Rating.Comment };
        snapshot["rectification"] = new JsonObject { ["status"] = rectification.Status.ToString(), ["outcome"] = rectification.Outcome?.ToString() };
        return snapshot;
    }

    public IEnumerable<DomainEventSource> EventSources => [rectification];

    public void Attach(WorkflowInstanceRecord instance, WorkflowDefinition definition)
    {
        instance.Case = Case;
        instance.CaseId = Case.Id;
        rectification.InstanceId = instance.Id;
    }

    public void Link(TimerRecord timer)
    {
        timer.Case = Case;
        timer.CaseId = Case.Id;
    }

    public void Link(IncidentRecord incident)
    {
        incident.Case = Case;
        incident.CaseId = Case.Id;
    }

    public void StepCompleted(DateTime now) { }

    public void Cancelled(DateTime now) => rectification.Cancel("整改流程已取消", now);

    /// <summary>The step's task on the rated case, in the unit its scope names, with the step's limit counted on the work calendar.</summary>
    public Task<CaseTask> NewTaskAsync(WorkflowInstanceRecord instance, Bookmark bookmark, ActivityNode? node, DateTime now, CancellationToken ct)
    {
        var payload = bookmark.Payload ?? new JsonObject();
        var @case = Case;
        var orgUnitId = payload["scope"]?.GetValue<string>() == DecidingUnit ? DecidingUnitOf(@case) : @case.IntakeWindowId;
        var step = Enum.Parse<RectificationStep>(payload["step"]?.GetValue<string>() ?? nameof(RectificationStep.Verify));
        var limit = new TimeLimit { Value = options.DaysFor(step, ClockBook.Region(@case)), Unit = LimitUnit.WorkingDays };
        var due = book.Calendar.Compute(limit, now, ClockBook.Region(@case)).DueAtUtc;
        var task = BookmarkTask.Create(@case, instance, bookmark, payload, orgUnitId, Roles.Approver, now, due);
        db.Tasks.Add(task);
        rectification.Open(step, due);
        task.Publish(StepTimekeeping.Policy(node));
        return Task.FromResult(task);
    }

    /// <summary>Who decided the case: the window itself for 就地批办 and 即办件, else the home department it was pushed to.</summary>
    public static long DecidingUnitOf(Case @case) =>
        @case.HandlingMode is HandlingMode.LocalApproval or HandlingMode.Immediate ? @case.IntakeWindowId : @case.HomeDepartmentId ?? @case.IntakeWindowId;

    /// <summary>An entry on the rated case's timeline.</summary>
    public void Event(string actor, DateTime now, string kind, string summary) =>
        db.CaseEvents.Add(new CaseEvent { Case = Case, CaseId = Case.Id, AtUtc = now, Actor = actor, Kind = kind, Summary = summary });
}

/// <summary>Loads the rectification of an instance row, with its rating and case (and the case's item, for the escalation policy).</summary>
public sealed class RatingSubjectLoader(CaseFlowDbContext db, ClockBook book, RatingOptions options) : IWorkflowSubjectLoader
{
    public string Type => RatingSubject.TypeName;

    public RatingSubject For(Rectification rectification) => new(rectification, db, book, options.Rectification);

    public async Task<IWorkflowSubject?> LoadAsync(WorkflowInstanceRecord instance, CancellationToken ct)
    {
        var rectification = db.Rectifications.Local.FirstOrDefault(r => r.InstanceId == instance.Id)
            ?? await db.Rectifications.Include(r => r.Rating).Include(r => r.Case).ThenInclude(c => c!.ServiceItem).SingleOrDefaultAsync(r => r.InstanceId == instance.Id, ct);
        if (rectification is null) return null;
        if (rectification.Rating is null) await db.Entry(rectification).Reference(r => r.Rating).LoadAsync(ct);
        if (rectification.Case is null) await db.Entry(rectification).Reference(r => r.Case).LoadAsync(ct);
        if (rectification.Case!.ServiceItem is null) await db.Entry(rectification.Case).Reference(c => c.ServiceItem).LoadAsync(ct);
        return For(rectification);
    }
}
