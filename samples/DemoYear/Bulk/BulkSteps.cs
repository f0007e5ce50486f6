using CaseFlow.Domain.Reports;

namespace CaseFlow.DemoYear.Bulk;

public sealed partial class BulkRows
{
    private static readonly string[] Levels = ["VerySatisfied", "Satisfied", "BasicallySatisfied", "Dissatisfied", "VeryDissatisfied"];

    /// <summary>
    /// The review task at the window, the approval at the department (at the window for 就地批办), open while the case waits
    /// at that step; a supervision order (督办单) on half the approvals that ran past the committed deadline; the 补正 stop and
    /// the timeline entries of a deemed acceptance and an extension.
    /// </summary>
    private void Steps(long id, CaseStory story, CasePlace place, Random random)
    {
        var instance = BulkSql.Hex(random);
        var reviewClosed = story.Accepted ?? (story.Stage == StoryStage.NotAccepted ? story.Decided : story.Cancelled);
        var reviewOutcome = story.Accepted is not null ? "pass" : story.Stage == StoryStage.NotAccepted ? "reject" : null;
        var reviewTask = Task(id, instance, "review", "FormReview", "形式审查", "clerk", place.Window.Id, place.Clerk, """["pass","supplement","reject"]""",
            story.Received + TimeSpan.FromMinutes(random.Next(1, 30)), story.Stage == StoryStage.Cancelled ? null : reviewClosed, reviewOutcome, story.ReviewDue, place, random);
        if (story.Stage == StoryStage.Cancelled) Cancel(reviewTask, story.Cancelled!.Value);
        if (story.Accepted is { } accepted)
        {
            var unit = place.Item.DefinitionId == "local-approval" ? place.Window.Id : place.Department.Id;
            var created = accepted + TimeSpan.FromMinutes(random.Next(5, 60));
            var approval = Task(id, instance, "approval", "Approval", "审批决定", "approver", unit, place.Approver, """["approve","reject"]""",
                created, story.Decided, story.Decided is null ? null : story.Approved ? "approve" : "reject", story.CommittedDue, place, random);
            var late = story.CommittedDue + TimeSpan.FromHours(1);
            if (late <= now && (story.Decided is not { } d || d > late) && random.Next(2) == 0)
            {
                // The order runs until the step is done (or 1–4 days, when the step outlasts it).
                var done = story.Decided is { } decided && decided < late + TimeSpan.FromDays(4) ? decided : late + TimeSpan.FromDays(random.Next(1, 5));
                var closed = done <= now ? done : (DateTime?)null;
                Order(id, instance, unit, place.Approver, approval, late, closed, place, random);
                tallies.Count(late, place.Province, t => t.OrdersRaised++);
                if (closed is null) _openOrders++;
            }
        }
        if (story.StopStart is { } stop)
        {
            var ended = stop + story.StopLength <= now ? stop + story.StopLength : (DateTime?)null;
            _excluded.Clear();
            _excluded["CaseId"] = id;
            _excluded["Reason"] = "Supplement";
            _excluded["StartedAtUtc"] = stop;
            _excluded["StartedBy"] = place.Approver.UserName;
            _excluded["EndedAtUtc"] = ended;
            _excluded["EndedBy"] = ended is null ? null : place.Clerk.UserName;
            _excluded["Version"] = ended is null ? 1 : 2;
            _excluded.Execute();
            Rows++;
        }
        if (story.Deemed) Event(id, story.Accepted!.Value, "system", "deemed-accepted", "形式审查期限届满未作决定，自收到完整材料之日起视为受理");
        if (story.Extended is { } extended) Event(id, extended, place.Approver.UserName, "extended", $"经本行政机关负责人批准，法定期限延长 {story.ExtensionDays} 个工作日");
        if (reviewClosed is { } r && story.Stage != StoryStage.Cancelled) tallies.Count(r, place.Province, t => t.TasksCompleted++);
        if (story.Decided is { } dd && story.Accepted is not null) tallies.Count(dd, place.Province, t => t.TasksCompleted++);
    }

    private long Task(long caseId, string instance, string activity, string type, string title, string role, long unit, BulkStaff assignee, string outcomes,
        DateTime created, DateTime? closed, string? outcome, DateTime due, CasePlace place, Random random)
    {
        var id = _nextTaskId++;
        _tasks.Clear();
        _tasks["Id"] = id;
        _tasks["CaseId"] = caseId;
        _tasks["InstanceId"] = instance;
        _tasks["BookmarkId"] = BulkSql.Hex(random);
        _tasks["ActivityId"] = activity;
        _tasks["ActivityType"] = type;
        _tasks["Title"] = title;
        _tasks["Role"] = role;
        _tasks["OrgUnitId"] = unit;
        _tasks["Outcomes"] = outcomes;
        _tasks["Status"] = closed is null ? "Claimed" : "Completed";
        _tasks["AssigneeUserId"] = assignee.Id;
        _tasks["ClaimedAtUtc"] = created;
        _tasks["Outcome"] = outcome;
        _tasks["CompletedBy"] = closed is null ? null : assignee.UserName;
        _tasks["CreatedAtUtc"] = created;
        _tasks["ClosedAtUtc"] = closed;
        _tasks["Version"] = closed is null ? 1 : 2;
        _tasks["Level"] = "Green";
        // What the server stores when a step completes (decision 33): judged against the deadline it answers to.
        _tasks["FiguresRecorded"] = closed is not null;
        if (closed is { } c)
        {
            var figures = StepFigures.Judge(calendar, created, c, due, place.Department.Region);
            _tasks["OnTime"] = figures.OnTime;
            _tasks["UsedShare"] = figures.UsedShare;
        }
        _tasks.Execute();
        Rows++;
        return id;
    }

    /// <summary>A cancelled case's review task: cancelled with the case (written as a second row version would be).</summary>
    private void Cancel(long taskId, DateTime at)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """UPDATE "Tasks" SET "Status" = 'Cancelled', "ClosedAtUtc" = $at, "CancelReason" = '申请人撤回申请' WHERE "Id" = $id""";
        command.Parameters.AddWithValue("$at", at);
        command.Parameters.AddWithValue("$id", taskId);
        command.ExecuteNonQuery();
    }

    private void Order(long caseId, string instance, long unit, BulkStaff holder, long supervised, DateTime created, DateTime? closed, CasePlace place, Random random)
    {
        var id = Task(caseId, instance, "approval", "SupervisionOrder", "督办：审批决定", "approver", unit, holder, """["done"]""", created, closed, closed is null ? null : "done",
            created + TimeSpan.FromDays(3), place, random);
        using var command = connection.CreateCommand();
        command.CommandText = """UPDATE "Tasks" SET "SupervisesTaskId" = $s, "DueAtUtc" = $due, "Level" = $level WHERE "Id" = $id""";
        command.Parameters.AddWithValue("$s", supervised);
        command.Parameters.AddWithValue("$due", created + TimeSpan.FromDays(3));
        command.Parameters.AddWithValue("$level", closed is null && created + TimeSpan.FromDays(3) <= now ? "Red" : "Green");
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
        Event(caseId, created, "system", "supervision-order", "下达督办单：“审批决定”");
    }

    private void Event(long caseId, DateTime at, string actor, string kind, string summary)
    {
        _events.Clear();
        _events["CaseId"] = caseId;
        _events["AtUtc"] = at;
        _events["Actor"] = actor;
        _events["Kind"] = kind;
        _events["Summary"] = summary;
        _events.Execute();
        Rows++;
    }

    /// <summary>好差评 on two cases in five after archiving: mostly satisfied; a quarter of the poor ones voided on appeal (申诉复核).</summary>
    private void Rating(long caseId, CaseStory story, CasePlace place, string channel, Random random)
    {
        if (story.RatedAt is not { } given) return;
        var level = Levels[random.Next(100) switch { < 72 => 0, < 90 => 1, < 96 => 2, < 99 => 3, _ => 4 }];
        var voided = level is "Dissatisfied" or "VeryDissatisfied" && random.Next(4) == 0 && given + TimeSpan.FromDays(2) <= now ? given + TimeSpan.FromDays(2) : (DateTime?)null;
        _ratings.Clear();
        _ratings["CaseId"] = caseId;
        _ratings["Level"] = level;
        _ratings["Channel"] = channel == "Online" ? "Online" : random.Next(10) < 7 ? "WindowPad" : "Hotline12345";
        _ratings["CriteriaJson"] = "[]";
        _ratings["GivenBy"] = "applicant";
        _ratings["GivenAtUtc"] = given;
        _ratings["VoidedAtUtc"] = voided;
        _ratings["VoidedBy"] = voided is null ? null : "supervisor";
        _ratings["VoidReason"] = voided is null ? null : "申诉复核：评价内容与事实不符";
        _ratings["Version"] = voided is null ? 0 : 1;
        _ratings.Execute();
        Rows++;
        tallies.Count(given, place.Province, t => { if (voided is null) t.Rated++; else t.RatingsVoided++; });
    }
}
