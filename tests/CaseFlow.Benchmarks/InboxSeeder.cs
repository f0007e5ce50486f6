using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CaseFlow.DemoYear.Bulk;
using Microsoft.Data.Sqlite;
using static CaseFlow.DemoYear.Bulk.BulkSql;

namespace CaseFlow.Benchmarks;

/// <summary>How big the inbox database is: all cases, the open tasks among them, and how many of those the demo clerk's queue shows.</summary>
public sealed record InboxSeedPlan(int Cases, int OpenTasks, int VisibleTasks);

/// <summary>What the seeder wrote, so the benchmark can check the server's answers against it.</summary>
public sealed record InboxSeedResult(InboxSeedPlan Plan, int VisibleRed, string Surname, int VisibleWithSurname, string VisibleCaseNo, TimeSpan Elapsed);

/// <summary>
/// Fills a migrated CaseFlow SQLite database (org units, catalog and demo users already imported by the server) with cases and
/// open tasks for the inbox benchmark: raw prepared INSERTs in large transactions, not EF, so a million cases take seconds.
/// Most cases are archived; each open one has one open task, placed so that the demo clerk (clerk and approver at window
/// 500103-W01) sees exactly <see cref="InboxSeedPlan.VisibleTasks"/> of them while the rest sit at other windows and departments.
/// Workflow instances, bookmarks, clocks and the closed tasks of archived cases are not written: the inbox query never reads them.
/// </summary>
public static class InboxSeeder
{
    public const string ClerkWindow = "500103-W01";
    private const string ClerkUser = "clerk";
    private const int RowsPerTransaction = 25_000;

    /// <summary>A fixed "now": the data must not depend on when the benchmark runs.</summary>
    private static readonly DateTime Now = new(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan History = TimeSpan.FromDays(730);
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private enum Open : byte { No, Review, Approval, VisibleReview, VisibleApproval }

    private readonly record struct PendingTask(long CaseId, string InstanceId, bool Approval, string DefinitionId, long OrgUnitId, DateTime CreatedAt, DateTime? DueAt);

    public static InboxSeedResult Seed(string file, InboxSeedPlan plan)
    {
        if (plan.OpenTasks > plan.Cases || plan.VisibleTasks > plan.OpenTasks) throw new ArgumentException("Need cases ≥ open tasks ≥ visible tasks.", nameof(plan));
        var watch = Stopwatch.StartNew();
        // synchronous=OFF for this connection only (BulkSql.Open). The indexes stay in place, as in production where cases arrive
        // one by one; with a large page cache that is also quicker here than re-creating each of them afterwards by scanning the
        // 2 GB table again.
        using var connection = BulkSql.Open(file);

        var items = ReadItems(connection);
        var windows = ReadUnits(connection, "Window");
        var departments = ReadUnits(connection, "Department");
        var clerkWindow = windows.Single(w => w.Code == ClerkWindow);
        var otherWindows = windows.Where(w => w != clerkWindow).ToArray();
        // 就地批办: the only approval a window (and so the demo clerk, as approver) gets in its own queue.
        var localApproval = items.FirstOrDefault(i => i.DefinitionId == "local-approval");
        // Case ids, numbers and their counters are assigned here from 1: only a database without cases will do.
        if (BulkSql.Scalar(connection, """SELECT (SELECT COUNT(*) FROM "Cases") + (SELECT COUNT(*) FROM "Tasks") + (SELECT COUNT(*) FROM "CaseNumberSequences")""") != 0)
            throw new InvalidOperationException("The inbox seeder expects a database without cases.");

        var random = new Random(20261123);
        var kinds = PlaceOpenCases(plan, localApproval is not null, random);

        var tasks = new List<PendingTask>(plan.OpenTasks);
        var sequences = new Dictionary<string, int>();
        var surname = Surnames[0].ToString();
        int visibleRed = 0, visibleWithSurname = 0;
        string? visibleCaseNo = null;

        using (var insert = new PreparedInsert(connection, "Cases", CaseColumns))
        {
            for (var first = 0; first < plan.Cases; first += RowsPerTransaction)
            {
                using var transaction = connection.BeginTransaction();
                insert.Begin(transaction);
                for (var k = first; k < Math.Min(plan.Cases, first + RowsPerTransaction); k++)
                {
                    var kind = kinds[k];
                    var visible = kind is Open.VisibleReview or Open.VisibleApproval;
                    var id = k + 1L;
                    // Ids follow arrival, as they do when cases come in one by one.
                    var received = Now - History + TimeSpan.FromTicks(History.Ticks / plan.Cases * k) + TimeSpan.FromSeconds(random.Next(60));
                    var item = kind == Open.VisibleApproval ? localApproval! : items[random.Next(items.Length)];
                    var situation = item.Situations[random.Next(item.Situations.Length)];
                    var department = PickDepartment(departments, item.Category, random);
                    var window = visible ? clerkWindow
                        : kind == Open.No ? windows[random.Next(windows.Length)]
                        : otherWindows[random.Next(otherWindows.Length)];
                    var name = Name(random);
                    var idNumber = IdNumber(department.Region, random);
                    var channel = random.Next(100) switch { < 70 => "Window", < 98 => "Online", _ => "Hotline12345" };
                    var mail = random.Next(100) < 40;
                    var day = (received + ChinaOffset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                    var key = $"{item.Code}|{day}";
                    var seq = sequences[key] = sequences.GetValueOrDefault(key) + 1;
                    var caseNo = $"{item.Code}{day}{seq:D4}";
                    var instanceId = Hex(random);
                    // Steps after arrival take up to ~4 weeks; the newest cases had less time, so their steps are compressed to end by now.
                    var pace = Math.Min(1.0, (Now - received) / TimeSpan.FromDays(28));

                    insert.Clear();
                    insert["Id"] = id;
                    insert["CaseNo"] = caseNo;
                    insert["ServiceItemId"] = item.Id;
                    insert["ImplementationCode"] = item.Code;
                    insert["ItemName"] = item.Name;
                    insert["SituationCode"] = situation.Code;
                    insert["Applicant_Name"] = name;
                    insert["Applicant_IdNumber"] = idNumber;
                    insert["Applicant_Phone"] = Phone(random);
                    insert["Applicant_Address"] = mail ? Address(department, random) : null;
                    insert["Channel"] = channel;
                    insert["HandlingMode"] = channel == "Online" ? "FullyOnline" : item.DefinitionId switch
                    {
                        "local-approval" => "LocalApproval",
                        "multi-department" => "MultiDepartment",
                        _ => "RemoteIntake",
                    };
                    insert["IntakeWindowId"] = window.Id;
                    insert["HomeDepartmentId"] = department.Id;
                    insert["HomeRegionCode"] = department.Region;
                    insert["DefinitionId"] = item.DefinitionId;
                    insert["DefinitionVersion"] = item.DefinitionVersion;
                    insert["WorkflowInstanceId"] = instanceId;
                    insert["FormDataJson"] = JsonSerializer.Serialize(new Dictionary<string, string>
                    {
                        ["homeRegion"] = department.Region, ["applicantName"] = name, ["idNumber"] = idNumber, ["pickupMethod"] = mail ? "EMS邮寄送达" : "窗口领取",
                    });
                    insert["Materials"] = situation.MaterialsJson;
                    insert["DeliveryMethod"] = mail ? "Mail" : "Window";
                    insert["DeliveryAddress"] = mail ? Address(department, random) : null;
                    insert["Trips"] = 1;
                    var rounds = random.Next(10) == 0 ? 1 : 0;
                    insert["SupplementRounds"] = rounds;
                    insert["ReceivedAtUtc"] = received;
                    insert["MaterialCompleteAtUtc"] = received + TimeSpan.FromDays(rounds * 3);
                    insert["DeemedAccepted"] = false;
                    if (random.Next(100) < 3)
                    {
                        var agent = random.Next(3) == 0;
                        insert["Assistance_Kind"] = agent ? "Agent" : "Assisted";
                        insert["Assistance_Reason"] = agent ? "申请人行动不便，委托代办" : "老年人帮办";
                        insert["Assistance_ClerkUserName"] = ClerkUser;
                        insert["Assistance_AgentName"] = agent ? $"{Surnames[random.Next(Surnames.Length)]}{GivenNames[random.Next(GivenNames.Length)]}" : null;
                        insert["Assistance_AgentIdNumber"] = agent ? IdNumber(department.Region, random) : null;
                        insert["Assistance_AgentPhone"] = agent ? "139" + random.NextInt64(10_000_000, 100_000_000) : null;
                    }

                    if (kind == Open.No)
                    {
                        Closed(insert, id, received, pace, mail, random);
                    }
                    else
                    {
                        var approval = kind is Open.Approval or Open.VisibleApproval;
                        var created = received + pace * TimeSpan.FromMinutes(random.Next(5, 90));
                        DateTime? due = null;
                        // Before acceptance only the statutory acceptance window can raise the level.
                        var level = random.Next(100) switch { < 90 => "Green", < 97 => "Yellow", _ => "Red" };
                        insert["Status"] = approval ? "InApproval" : "InReview";
                        insert["Outcome"] = "None";
                        if (approval)
                        {
                            var accepted = received + pace * TimeSpan.FromHours(random.Next(1, 48));
                            insert["AcceptedAtUtc"] = accepted;
                            insert["AcceptedBy"] = window == clerkWindow ? ClerkUser : "窗口收件人员";
                            // The committed deadline spread around now, so a queue holds overdue, near and distant cases.
                            due = Now + TimeSpan.FromMinutes(random.Next(-3 * 24 * 60, 20 * 24 * 60));
                            level = Level(due.Value);
                            created = accepted + pace * TimeSpan.FromMinutes(random.Next(5, 90));
                        }
                        insert["DueAtUtc"] = due;
                        insert["Level"] = level;
                        insert["LastStepAtUtc"] = created;
                        insert["UpdatedAtUtc"] = created;
                        insert["Version"] = approval ? 4 : 2;

                        // A step with a limit of its own (one in ten): its due time and level show instead of the case's.
                        DateTime? taskDue = random.Next(10) == 0 ? Now + TimeSpan.FromMinutes(random.Next(-2 * 24 * 60, 5 * 24 * 60)) : null;
                        var orgUnit = visible ? clerkWindow.Id
                            : approval && item.DefinitionId != "local-approval" ? department.Id
                            : window.Id;
                        tasks.Add(new PendingTask(id, instanceId, approval, item.DefinitionId, orgUnit, created, taskDue));
                        if (visible)
                        {
                            visibleCaseNo ??= caseNo;
                            if ((taskDue is { } own ? Level(own) : level) == "Red") visibleRed++;
                            if (name.StartsWith(surname, StringComparison.Ordinal)) visibleWithSurname++;
                        }
                    }
                    // Seeded rows have no audit events: an empty chain, as a case before its first audited save.
                    insert["AuditSequence"] = 0L;
                    insert["AuditHash"] = "";
                    insert["AuditSignature"] = "";
                    insert["FiguresRecorded"] = false; // open cases: nothing decided yet
                    insert.Execute();
                }
                transaction.Commit();
            }
        }

        InsertTasks(connection, tasks, random);
        using (var transaction = connection.BeginTransaction())
        {
            BulkSql.InsertSequences(connection, transaction, sequences);
            transaction.Commit();
        }
        Exec(connection, "ANALYZE;");
        Exec(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return new InboxSeedResult(plan, visibleRed, surname, visibleWithSurname, visibleCaseNo ?? "", watch.Elapsed);
    }

    /// <summary>
    /// Which cases are open, and of those which the clerk sees: open cases are drawn from the newest ones (twice as many
    /// candidates as open tasks), the visible ones scattered among them; half reviews, half approvals.
    /// </summary>
    private static Open[] PlaceOpenCases(InboxSeedPlan plan, bool localApproval, Random random)
    {
        var kinds = new Open[plan.Cases];
        var pool = Math.Min(plan.Cases, 2 * plan.OpenTasks);
        var candidates = Enumerable.Range(plan.Cases - pool, pool).ToArray();
        random.Shuffle(candidates);
        for (var i = 0; i < plan.OpenTasks; i++)
        {
            var approval = random.Next(2) == 0;
            kinds[candidates[i]] = i < plan.VisibleTasks
                ? approval && localApproval ? Open.VisibleApproval : Open.VisibleReview
                : approval ? Open.Approval : Open.Review;
        }
        return kinds;
    }

    /// <summary>An archived case (a few cancelled): decided, delivered and archived within weeks of arrival.</summary>
    private static void Closed(PreparedInsert insert, long id, DateTime received, double pace, bool mail, Random random)
    {
        insert["Level"] = random.Next(100) < 95 ? "Green" : random.Next(2) == 0 ? "Yellow" : "Red";
        if (random.Next(100) < 3)
        {
            var cancelled = received + pace * TimeSpan.FromHours(random.Next(1, 72));
            insert["Status"] = "Cancelled";
            insert["Outcome"] = "None";
            insert["LastStepAtUtc"] = cancelled;
            insert["UpdatedAtUtc"] = cancelled;
            insert["Version"] = 2;
            return;
        }
        var outcome = random.Next(100) switch { < 90 => "Approved", < 96 => "Rejected", _ => "NotAccepted" };
        var accepted = received + pace * TimeSpan.FromHours(random.Next(1, 48));
        var decided = accepted + pace * TimeSpan.FromHours(random.Next(24, 20 * 24));
        var delivered = mail && outcome != "NotAccepted" ? decided + pace * TimeSpan.FromHours(random.Next(24, 96)) : (DateTime?)null;
        var archived = delivered ?? decided + pace * TimeSpan.FromMinutes(random.Next(5, 600));
        insert["Status"] = "Archived";
        insert["Outcome"] = outcome;
        insert["DecisionBasis"] = outcome == "Approved" ? null : "材料不符合法定形式（《行政许可法》第三十二条）";
        if (outcome != "NotAccepted")
        {
            insert["AcceptedAtUtc"] = accepted;
            insert["AcceptedBy"] = "窗口收件人员";
        }
        insert["DecidedAtUtc"] = decided;
        insert["ArchivedAtUtc"] = archived;
        insert["DeliveredAtUtc"] = delivered;
        insert["Waybill"] = delivered is null ? null : string.Create(CultureInfo.InvariantCulture, $"EMS{id:D10}0{decided:HHmmss}");
        insert["LastStepAtUtc"] = archived;
        insert["UpdatedAtUtc"] = archived;
        insert["Version"] = 7;
    }

    private static void InsertTasks(SqliteConnection connection, List<PendingTask> tasks, Random random)
    {
        using var insert = new PreparedInsert(connection, "Tasks", TaskColumns);
        // Created in the order their steps began, so task ids follow time like the cases' do.
        tasks.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        for (var first = 0; first < tasks.Count; first += RowsPerTransaction)
        {
            using var transaction = connection.BeginTransaction();
            insert.Begin(transaction);
            foreach (var task in tasks.Skip(first).Take(RowsPerTransaction))
            {
                insert.Clear();
                insert["CaseId"] = task.CaseId;
                insert["InstanceId"] = task.InstanceId;
                insert["BookmarkId"] = Hex(random);
                insert["ActivityId"] = !task.Approval ? "review" : task.DefinitionId == "multi-department" ? "registryApproval" : "approval";
                insert["ActivityType"] = task.Approval ? "Approval" : "FormReview";
                insert["Title"] = !task.Approval ? "形式审查" : task.DefinitionId switch
                {
                    "local-approval" => "就地审批",
                    "multi-department" => "不动产登记审核",
                    _ => "审批决定",
                };
                insert["Role"] = task.Approval ? "approver" : "clerk";
                insert["OrgUnitId"] = task.OrgUnitId;
                insert["Outcomes"] = task.Approval ? """["approve","reject"]""" : """["pass","supplement","reject"]""";
                insert["Status"] = "Open";
                insert["CreatedAtUtc"] = task.CreatedAt;
                insert["Version"] = 0;
                insert["DueAtUtc"] = task.DueAt;
                insert["Level"] = task.DueAt is { } due ? Level(due) : "Green";
                insert["FiguresRecorded"] = false; // open steps
                insert.Execute();
            }
            transaction.Commit();
        }
    }

    private static string Level(DateTime due) => due < Now ? "Red" : due < Now.AddDays(3) ? "Yellow" : "Green";
}
