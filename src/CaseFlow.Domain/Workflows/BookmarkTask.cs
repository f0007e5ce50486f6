using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Tasks;
using CaseFlow.Workflows.Runtime;

namespace CaseFlow.Domain.Workflows;

/// <summary>
/// The inbox task of a task bookmark (docs/decisions.md, decision 2), as every subject makes it: title, role and outcomes
/// from the bookmark's payload; the subject decides the org unit and the deadline.
/// </summary>
public static class BookmarkTask
{
    public static CaseTask Create(Case @case, WorkflowInstanceRecord instance, Bookmark bookmark, JsonObject payload, long orgUnitId, string defaultRole,
        DateTime now, DateTime? dueAtUtc) => new()
    {
        Case = @case,
        CaseId = @case.Id,
        InstanceId = instance.Id,
        BookmarkId = bookmark.Id,
        ActivityId = bookmark.ActivityId,
        ActivityType = bookmark.ActivityType,
        Title = payload["title"]?.GetValue<string>() ?? bookmark.Name,
        Role = payload["role"]?.GetValue<string>() ?? defaultRole,
        OrgUnitId = orgUnitId,
        BranchId = bookmark.BranchId,
        Outcomes = payload["outcomes"] is JsonArray outcomes ? outcomes.Select(o => o!.GetValue<string>()).ToList() : ["done"],
        CreatedAtUtc = now,
        DueAtUtc = dueAtUtc,
    };
}
