using System.Globalization;
using System.Text.Json;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Reports;
using Microsoft.Data.Sqlite;

namespace CaseFlow.DemoYear.Bulk;

/// <summary>Who handles a case: its item and situation, deciding department, intake window, their provinces, and the staff of both.</summary>
public sealed record CasePlace(BulkItem Item, BulkSituation Situation, BulkUnit Department, BulkUnit Window, long Province, BulkStaff Clerk, BulkStaff Approver);

/// <summary>A member of staff the bulk writer created (a user holding tasks; cannot sign in).</summary>
public sealed record BulkStaff(long Id, string UserName);

/// <summary>
/// The rows of one case, written through prepared INSERTs inside the caller's transaction: the case, its clocks (review,
/// statutory, committed), its excluded period and timeline events, its workflow tasks and supervision order, its rating;
/// every figure a report counts is tallied on its Beijing day as it is written (<see cref="Tallies"/>).
/// </summary>
public sealed partial class BulkRows(SqliteConnection connection, DateTime now, Tallies tallies, WorkCalendar calendar) : IDisposable
{
    private static readonly string[] ClockColumns =
    [
        "CaseId", "Kind", "Limit_Value", "Limit_Unit", "StartedAtUtc", "DueDate", "DueAtUtc", "WarningAtUtc", "OnFallback", "Level",
        "Extension_Value", "Extension_Unit", "Extension_Note", "Paused", "StoppedAtUtc", "OnTime", "Version",
    ];

    private readonly PreparedInsert _cases = new(connection, "Cases", BulkSql.CaseColumns);
    private readonly PreparedInsert _clocks = new(connection, "Clocks", ClockColumns);
    private readonly PreparedInsert _tasks = new(connection, "Tasks", ["Id", .. BulkSql.TaskColumns]);
    private readonly PreparedInsert _excluded = new(connection, "ExcludedPeriods", ["CaseId", "Reason", "StartedAtUtc", "StartedBy", "EndedAtUtc", "EndedBy", "Version"]);
    private readonly PreparedInsert _events = new(connection, "CaseEvents", ["CaseId", "AtUtc", "Actor", "Kind", "Summary"]);
    private readonly PreparedInsert _ratings = new(connection, "Ratings", ["CaseId", "Level", "Channel", "CriteriaJson", "GivenBy", "GivenAtUtc", "VoidedAtUtc", "VoidedBy", "VoidReason", "Version"]);
    private long _nextTaskId = 1;
    private int _open, _nearDue, _overdue, _stalled, _openOrders;

    public long Rows { get; private set; }

    public LiveTally Live => new(_open, _nearDue, _overdue, _stalled, _openOrders);

    public void Begin(SqliteTransaction transaction)
    {
        foreach (var insert in new[] { _cases, _clocks, _tasks, _excluded, _events, _ratings }) insert.Begin(transaction);
    }

    public void Write(long id, string caseNo, CaseStory story, CasePlace place, Random random)
    {
        var item = place.Item;
        var channel = random.Next(100) switch { < 62 => "Window", < 97 => "Online", _ => "Hotline12345" };
        var mail = random.Next(100) < 35;
        var rounds = (story.SupplementedAtIntake ? 1 : 0) + (story.StopStart is null ? 0 : 1);
        var trips = story.Stage != StoryStage.Decided ? 0 : (channel == "Window" ? 1 + rounds : 0) + (mail ? 0 : 1);
        var lastStep = story.Archived ?? story.Cancelled ?? story.Accepted ?? story.Received;
        var level = story.IsOpen ? Level(story.CurrentDue) : story.Stage == StoryStage.Decided && !story.CommittedOnTime ? "Red" : "Green";
        DateTime? stalledSince = story.IsOpen && now - lastStep > TimeSpan.FromDays(7) && random.Next(10) < 6 ? lastStep + TimeSpan.FromDays(7) : null;

        var name = BulkSql.Name(random);
        var idNumber = BulkSql.IdNumber(place.Department.Region, random);
        _cases.Clear();
        _cases["Id"] = id;
        _cases["CaseNo"] = caseNo;
        _cases["ServiceItemId"] = item.Id;
        _cases["ImplementationCode"] = item.Code;
        _cases["ItemName"] = item.Name;
        _cases["SituationCode"] = place.Situation.Code;
        _cases["Materials"] = place.Situation.MaterialsJson;
        _cases["Applicant_Name"] = name;
        _cases["Applicant_IdNumber"] = idNumber;
        _cases["Applicant_Phone"] = BulkSql.Phone(random);
        _cases["Applicant_Address"] = mail ? BulkSql.Address(place.Department, random) : null;
        _cases["Channel"] = channel;
        _cases["HandlingMode"] = channel == "Online" ? "FullyOnline"
            : item.Immediate ? "Immediate" : item.DefinitionId switch { "local-approval" => "LocalApproval", "multi-department" => "MultiDepartment", _ => "RemoteIntake" };
        _cases["IntakeWindowId"] = place.Window.Id;
        _cases["HomeDepartmentId"] = place.Department.Id;
        _cases["HomeRegionCode"] = place.Department.Region;
        _cases["DefinitionId"] = item.DefinitionId;
        _cases["DefinitionVersion"] = item.DefinitionVersion;
        _cases["WorkflowInstanceId"] = BulkSql.Hex(random);
        _cases["FormDataJson"] = JsonSerializer.Serialize(new Dictionary<string, string> { ["homeRegion"] = place.Department.Region, ["applicantName"] = name, ["idNumber"] = idNumber });
        _cases["DeliveryMethod"] = mail ? "Mail" : "Window";
        _cases["DeliveryAddress"] = mail ? BulkSql.Address(place.Department, random) : null;
        _cases["Trips"] = trips;
        _cases["SupplementRounds"] = rounds;
        _cases["ReceivedAtUtc"] = story.Received;
        _cases["MaterialCompleteAtUtc"] = story.ReviewDue - CaseStory.ReviewWindow;
        _cases["AcceptedAtUtc"] = story.Accepted;
        _cases["AcceptedBy"] = story.Accepted is null ? null : story.Deemed ? "system" : place.Clerk.UserName;
        _cases["DeemedAccepted"] = story.Deemed;
        _cases["DecidedAtUtc"] = story.Decided;
        _cases["ArchivedAtUtc"] = story.Archived;
        _cases["Status"] = story.Stage switch
        {
            StoryStage.InReview => "InReview", StoryStage.InApproval => "InApproval", StoryStage.Cancelled => "Cancelled", _ => "Archived",
        };
        _cases["Outcome"] = story.Stage switch { StoryStage.NotAccepted => "NotAccepted", StoryStage.Decided => story.Approved ? "Approved" : "Rejected", _ => "None" };
        _cases["DecisionBasis"] = story.Stage is StoryStage.NotAccepted || (story.Stage is StoryStage.Decided && !story.Approved) ? "材料不符合法定形式（《行政许可法》第三十二条）" : null;
        if (story.Stage == StoryStage.Decided && mail)
        {
            _cases["DeliveredAtUtc"] = story.Archived;
            _cases["Waybill"] = string.Create(CultureInfo.InvariantCulture, $"EMS{id:D10}0{story.Decided:HHmmss}");
        }
        _cases["LastStepAtUtc"] = lastStep;
        _cases["UpdatedAtUtc"] = lastStep;
        _cases["Version"] = story.IsOpen ? 3 : 7;
        _cases["Level"] = level;
        _cases["StalledSinceUtc"] = stalledSince;
        _cases["DueAtUtc"] = story.IsOpen ? story.CurrentDue : story.Accepted is null ? null : story.CommittedDue;
        // Bulk rows have no audit events: an empty chain, as a case before its first audited save.
        _cases["AuditSequence"] = 0L;
        _cases["AuditHash"] = "";
        _cases["AuditSignature"] = "";
        // The figures the server stores at a decision (docs/decisions.md, decision 33), computed by the same code.
        if (story.Decided is { } decidedAt)
        {
            _cases["FiguresRecorded"] = true;
            if (story.Accepted is { } acceptedAt)
            {
                _cases["CommittedOnTime"] = story.CommittedOnTime;
                _cases["StatutoryOnTime"] = story.StatutoryOnTime;
                var stopped = story.StopStart is { } s ? new[] { (s, Min(s + story.StopLength, decidedAt)) } : [];
                _cases["TimeCut"] = DecisionFigures.CutOf(calendar, new TimeLimit { Value = item.StatutoryValue, Unit = Enum.Parse<LimitUnit>(item.StatutoryUnit) },
                    acceptedAt, decidedAt, place.Department.Region, stopped);
            }
        }
        else _cases["FiguresRecorded"] = false;
        _cases.Execute();
        Rows++;

        Tally(story, place, channel, trips, rounds);
        if (story.IsOpen)
        {
            _open++;
            if (level == "Yellow") _nearDue++;
            if (level == "Red") _overdue++;
            if (stalledSince is not null) _stalled++;
        }
        Clocks(id, story, item);
        Steps(id, story, place, random);
        Rating(id, story, place, channel, random);
    }

    private void Tally(CaseStory story, CasePlace place, string channel, int trips, int rounds)
    {
        tallies.Count(story.Received, place.Province, t => t.Received++);
        if (story.Stage == StoryStage.NotAccepted) tallies.Count(story.Decided!.Value, place.Province, t => t.NotAccepted++);
        if (story.Stage == StoryStage.Decided)
            tallies.Count(story.Decided!.Value, place.Province, t =>
            {
                t.Finished++;
                if (story.CommittedOnTime) t.WithinCommitted++;
                if (story.StatutoryOnTime) t.WithinStatutory++;
                if (place.Item.Immediate) t.Immediate++;
                if (channel == "Online") t.FullyOnline++;
                t.Trips += trips;
                if (rounds >= 1) t.Supplemented++;
            });
        if (story.Deemed) tallies.Count(story.Accepted!.Value, place.Province, t => t.DeemedAccepted++);
        if (story.Extended is { } extended) tallies.Count(extended, place.Province, t => t.Extensions++);
        if (story.StopStart is { } stop) tallies.Count(stop, place.Province, t => t.ClockStops++);
    }

    /// <summary>The review window for every case; the statutory and committed clocks from acceptance; each stopped at its step, with its outcome.</summary>
    private void Clocks(long id, CaseStory story, BulkItem item)
    {
        var reviewStop = story.Accepted ?? (story.Stage == StoryStage.NotAccepted ? story.Decided : story.Cancelled);
        Clock(id, "Review", 5, "WorkingDays", story.ReviewDue - CaseStory.ReviewWindow, story.ReviewDue, reviewStop, null);
        if (story.Accepted is not { } accepted) return;
        Clock(id, "Statutory", item.StatutoryValue, item.StatutoryUnit, accepted, story.StatutoryDue, story.Decided, story.ExtensionDays > 0 && story.Extended is not null ? story.ExtensionDays : null);
        Clock(id, "Committed", item.CommittedValue, item.CommittedUnit, accepted, story.CommittedDue, story.Decided, null);
    }

    private void Clock(long caseId, string kind, int value, string unit, DateTime started, DateTime due, DateTime? stopped, int? extension)
    {
        _clocks.Clear();
        _clocks["CaseId"] = caseId;
        _clocks["Kind"] = kind;
        _clocks["Limit_Value"] = value;
        _clocks["Limit_Unit"] = unit;
        _clocks["StartedAtUtc"] = started;
        _clocks["DueDate"] = BulkClock.Day(due.AddTicks(-1));
        _clocks["DueAtUtc"] = due;
        _clocks["WarningAtUtc"] = due - TimeSpan.FromDays(2);
        _clocks["OnFallback"] = false;
        _clocks["Level"] = stopped is { } s ? (s < due ? "Green" : "Red") : Level(due);
        if (extension is { } days)
        {
            _clocks["Extension_Value"] = days;
            _clocks["Extension_Unit"] = "WorkingDays";
            _clocks["Extension_Note"] = "经本行政机关负责人批准延长";
        }
        _clocks["Paused"] = false;
        _clocks["StoppedAtUtc"] = stopped;
        _clocks["OnTime"] = stopped is { } t ? t < due : null;
        _clocks["Version"] = stopped is null ? 1 : 2;
        _clocks.Execute();
        Rows++;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>预警 two days before a deadline, 超期 once it has passed.</summary>
    private string Level(DateTime due) => due <= now ? "Red" : due - now < TimeSpan.FromDays(2) ? "Yellow" : "Green";

    public void Dispose()
    {
        foreach (var insert in new[] { _cases, _clocks, _tasks, _excluded, _events, _ratings }) insert.Dispose();
    }
}
