using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Timers;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Workflows;

/// <summary>
/// Runs steps of workflow instances for their subjects (<see cref="IWorkflowSubject"/>: a case today) and turns each RunResult
/// into rows: instance state, bookmarks, tasks, journal and incidents. After each step it dispatches the domain events the
/// step raised (clocks, escalation and notifications react), inside the step's transaction. Callers save once
/// (docs/decisions.md, decision 1); nothing here calls SaveChanges.
/// </summary>
public sealed class WorkflowHost(CaseFlowDbContext db, ActivityRegistry activities, ExpressionEvaluator expressions, DefinitionStore definitions,
    DomainClock clock, DomainEventDispatcher events, CaseSubjectLoader cases, IEnumerable<IWorkflowSubjectLoader> subjects)
{
    // The runner holds no state of its own; built here it reads the domain clock the container holds (a test's fake one too).
    private readonly WorkflowRunner runner = new(activities, expressions, clock.Time);
    private readonly Dictionary<string, (WorkflowInstanceRecord Record, WorkflowState State)> _loaded = [];
    private readonly Queue<Func<Task>> _followUps = new();

    /// <summary>Starts a case's workflow (or a sub-workflow of it) and runs its first step.</summary>
    public Task<WorkflowInstanceRecord> StartAsync(Case @case, WorkflowDefinition definition, string actor, CancellationToken ct,
        string? parentInstanceId = null, string? parentBookmarkId = null, JsonObject? input = null) =>
        StartAsync(cases.For(@case), definition, actor, ct, parentInstanceId, parentBookmarkId, input);

    public async Task<WorkflowInstanceRecord> StartAsync(IWorkflowSubject subject, WorkflowDefinition definition, string actor, CancellationToken ct,
        string? parentInstanceId = null, string? parentBookmarkId = null, JsonObject? input = null)
    {
        var state = runner.NewInstance(definition, input);
        var record = new WorkflowInstanceRecord
        {
            Id = state.InstanceId,
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version,
            SubjectType = subject.Type,
            ParentInstanceId = parentInstanceId,
            ParentBookmarkId = parentBookmarkId,
            CreatedAtUtc = clock.UtcNow,
        };
        subject.Attach(record, definition);
        db.Instances.Add(record);
        _loaded[record.Id] = (record, state);
        await StepAsync(record, state, definition, subject, actor, options => runner.StartAsync(definition, state, options), ct);
        return record;
    }

    public async Task<RunResult> ResumeAsync(string instanceId, string bookmarkId, ResumeInput input, CancellationToken ct)
    {
        var (record, state, definition, subject) = await LoadAsync(instanceId, ct);
        return await StepAsync(record, state, definition, subject, input.Actor, options => runner.ResumeAsync(definition, state, bookmarkId, input, options), ct);
    }

    public async Task<RunResult> MoveBackAsync(string instanceId, string bookmarkId, string targetActivityId, string reason, string actor, CancellationToken ct)
    {
        var (record, state, definition, subject) = await LoadAsync(instanceId, ct);
        return await StepAsync(record, state, definition, subject, actor, options => runner.MoveBackAsync(definition, state, bookmarkId, targetActivityId, reason, options), ct);
    }

    /// <summary>Retries an incident, optionally after fixing instance variables (e.g. the one an expression reads).</summary>
    public async Task<RunResult> RetryAsync(IncidentRecord incident, JsonObject? variables, string actor, CancellationToken ct)
    {
        var (record, state, definition, subject) = await LoadAsync(incident.InstanceId, ct);
        foreach (var (key, value) in variables ?? []) state.Variables[key] = value?.DeepClone();
        return await StepAsync(record, state, definition, subject, actor, options => runner.RetryAsync(definition, state, incident.Id, options), ct);
    }

    /// <summary>Cancels the instance and, with it, its subject (whose clocks stop and timers are cancelled).</summary>
    public async Task CancelAsync(string instanceId, string reason, string actor, CancellationToken ct)
    {
        var (record, state, definition, subject) = await LoadAsync(instanceId, ct);
        await StepAsync(record, state, definition, subject, actor, options => Task.FromResult(runner.Cancel(definition, state, reason, options)), ct);
        if (subject is null) return;
        subject.Cancelled(clock.UtcNow);
        await events.DispatchAsync(subject.EventSources, ct);
    }
    /// <summary>Delivers a named event to the bookmarks waiting for it; with none waiting it is kept until one appears.</summary>
    public async Task<int> RaiseEventAsync(string name, string correlationKey, JsonObject? payload, string actor, bool keepIfUnmatched, CancellationToken ct)
    {
        var bookmarks = await db.Bookmarks.AsNoTracking()
            .Where(b => b.Kind == BookmarkRequest.EventKind && b.Name == name && b.CorrelationKey == correlationKey)
            .ToListAsync(ct);
        foreach (var bookmark in bookmarks)
            await ResumeAsync(bookmark.InstanceId, bookmark.Id, new ResumeInput(null, payload, actor), ct);
        if (bookmarks.Count == 0 && keepIfUnmatched)
            db.PendingEvents.Add(new PendingEvent { Name = name, CorrelationKey = correlationKey, PayloadJson = payload?.ToJsonString(), ReceivedAtUtc = clock.UtcNow });
        await DrainFollowUpsAsync();
        return bookmarks.Count;
    }

    /// <summary>Runs work a step triggered in another instance (a child's end resuming its parent, a kept event).</summary>
    public async Task DrainFollowUpsAsync()
    {
        while (_followUps.TryDequeue(out var next)) await next();
    }

    private async Task<(WorkflowInstanceRecord Record, WorkflowState State, WorkflowDefinition Definition, IWorkflowSubject? Subject)> LoadAsync(string instanceId, CancellationToken ct)
    {
        if (!_loaded.TryGetValue(instanceId, out var loaded))
        {
            var record = await db.Instances.SingleOrDefaultAsync(i => i.Id == instanceId, ct) ?? throw new DomainNotFoundException($"Workflow instance {instanceId} not found.");
            loaded = (record, JsonSerializer.Deserialize<WorkflowState>(record.StateJson, DefinitionJson.Options)!);
            _loaded[instanceId] = loaded;
        }
        var definition = await definitions.GetPublishedAsync(loaded.Record.DefinitionId, loaded.Record.DefinitionVersion, ct);
        var loader = subjects.FirstOrDefault(l => l.Type == loaded.Record.SubjectType)
            ?? throw new InvalidOperationException($"No subject loader serves instances of '{loaded.Record.SubjectType}'.");
        return (loaded.Record, loaded.State, definition, await loader.LoadAsync(loaded.Record, ct));
    }

    private async Task<RunResult> StepAsync(WorkflowInstanceRecord record, WorkflowState state, WorkflowDefinition definition, IWorkflowSubject? subject,
        string? actor, Func<RunOptions, Task<RunResult>> run, CancellationToken ct, [System.Runtime.CompilerServices.CallerMemberName] string step = "")
    {
        step = step.Replace("Async", ""); // Start, Resume, MoveBack, Retry, Cancel: the caller's name is the kind of step
        using var span = CaseFlowTelemetry.Source.StartActivity("workflow.step");
        span?.SetTag("caseflow.step", step).SetTag("caseflow.instance_id", record.Id).SetTag("caseflow.definition", record.DefinitionId);
        var options = new RunOptions
        {
            Subject = subject,
            SubjectSnapshot = subject is null ? null : subject.Snapshot,
            Actor = actor,
            CancellationToken = ct,
        };
        var result = await run(options);
        var (created, closed) = await ApplyAsync(record, state, definition, subject, result, actor ?? "system", ct);
        if (subject is not null)
        {
            subject.StepCompleted(clock.UtcNow);
            await events.DispatchAsync([.. subject.EventSources, .. created, .. closed], ct);
        }
        await DrainFollowUpsAsync();
        CaseFlowTelemetry.Steps.Add(1, new KeyValuePair<string, object?>("step", step));
        return result;
    }

    /// <summary>Writes the step's rows; returns the tasks it opened and the tasks it closed (completed or cancelled).</summary>
    private async Task<(List<CaseTask> Created, List<CaseTask> Closed)> ApplyAsync(WorkflowInstanceRecord record, WorkflowState state, WorkflowDefinition definition,
        IWorkflowSubject? subject, RunResult result, string actor, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var created = new List<CaseTask>();
        var closed = new List<CaseTask>();
        record.Status = state.Status;
        record.StateJson = JsonSerializer.Serialize(state, DefinitionJson.Options);
        record.UpdatedAtUtc = now;

        foreach (var entry in result.Journal)
            db.Journal.Add(new JournalRecord
            {
                InstanceId = entry.InstanceId, TokenId = entry.TokenId, ActivityId = entry.ActivityId, ActivityType = entry.ActivityType,
                Event = entry.Event, Outcome = entry.Outcome, Message = Truncate(entry.Message, 2000), Actor = entry.Actor, AtUtc = entry.AtUtc,
            });

        foreach (var removed in result.RemovedBookmarks)
        {
            var row = db.Bookmarks.Local.FirstOrDefault(b => b.Id == removed.Bookmark.Id) ?? await db.Bookmarks.FindAsync([removed.Bookmark.Id], ct);
            if (row is not null) db.Bookmarks.Remove(row);
            if (removed.Bookmark.Kind == BookmarkRequest.TimerKind)
                foreach (var timer in await db.Timers.Where(t => t.BookmarkId == removed.Bookmark.Id && t.State == TimerState.Pending).ToListAsync(ct))
                    timer.Cancel(now);
            if (removed.Bookmark.Kind != BookmarkRequest.TaskKind) continue;
            var task = db.Tasks.Local.FirstOrDefault(t => t.BookmarkId == removed.Bookmark.Id)
                ?? await db.Tasks.SingleOrDefaultAsync(t => t.BookmarkId == removed.Bookmark.Id, ct);
            if (task is null) continue;
            if (!removed.Completed) task.Cancel(removed.Reason, now);
            closed.Add(task);
        }

        foreach (var bookmark in result.CreatedBookmarks)
        {
            db.Bookmarks.Add(new BookmarkRecord
            {
                Id = bookmark.Id, InstanceId = record.Id, ActivityId = bookmark.ActivityId, Kind = bookmark.Kind, Name = bookmark.Name,
                CorrelationKey = bookmark.CorrelationKey, DueAtUtc = bookmark.DueAtUtc, CreatedAtUtc = now,
            });
            switch (bookmark.Kind)
            {
                case BookmarkRequest.TaskKind when subject is not null:
                    created.Add(await subject.NewTaskAsync(record, bookmark, definition.FindActivity(bookmark.ActivityId), now, ct));
                    break;
                case BookmarkRequest.TimerKind when bookmark.DueAtUtc is { } due:
                    var timer = new TimerRecord { Kind = TimerKind.WorkflowDelay, DueAtUtc = due, InstanceId = record.Id, BookmarkId = bookmark.Id, CreatedAtUtc = now };
                    subject?.Link(timer);
                    db.Timers.Add(timer);
                    break;
                case BookmarkRequest.EventKind when bookmark.CorrelationKey is not null:
                    var early = await db.PendingEvents.FirstOrDefaultAsync(e => e.Name == bookmark.Name && e.CorrelationKey == bookmark.CorrelationKey, ct);
                    if (early is not null)
                    {
                        db.PendingEvents.Remove(early);
                        var payload = early.PayloadJson is null ? null : JsonNode.Parse(early.PayloadJson) as JsonObject;
                        _followUps.Enqueue(() => ResumeAsync(record.Id, bookmark.Id, new ResumeInput(null, payload, "system"), ct));
                    }
                    break;
                case BookmarkRequest.ChildKind when subject is not null:
                    var childId = bookmark.Payload?["definitionId"]?.GetValue<string>() ?? bookmark.Name;
                    _followUps.Enqueue(async () =>
                    {
                        var child = await definitions.GetLatestPublishedAsync(childId, ct);
                        await StartAsync(subject, child, actor, ct, record.Id, bookmark.Id, bookmark.Payload?["input"] as JsonObject);
                    });
                    break;
            }
        }

        foreach (var incident in result.CreatedIncidents)
        {
            var row = new IncidentRecord
            {
                Id = incident.Id, InstanceId = record.Id, ActivityId = incident.ActivityId, Message = Truncate(incident.Message, 2000)!, CreatedAtUtc = incident.CreatedAtUtc,
            };
            subject?.Link(row);
            db.Incidents.Add(row);
        }
        foreach (var id in result.ResolvedIncidents)
        {
            var incident = await db.Incidents.FindAsync([id], ct);
            incident?.Close(state.Status == WorkflowStatus.Cancelled, actor, now);
        }

        if (result.Finished && record.ParentInstanceId is { } parentId && record.ParentBookmarkId is { } parentBookmark)
        {
            // The child's final variables go with its outcome: the parent's SubWorkflow copies the outputs it names (decision 32).
            var childVariables = (JsonObject)state.Variables.DeepClone();
            _followUps.Enqueue(() => ResumeAsync(parentId, parentBookmark, new ResumeInput(state.Outcome, childVariables, actor), ct));
        }
        return (created, closed);
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
