using System.Text.Json.Nodes;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Timers;
using CaseFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Deadlines;

/// <summary>What a case looked like before a step, so the step's effects on the clocks can be seen afterwards.</summary>
public readonly record struct CaseMoment(CaseStatus Status, DateTime? AcceptedAtUtc, CaseOutcome Outcome, int SupplementRounds)
{
    public static CaseMoment Of(Case @case) => new(@case.Status, @case.AcceptedAtUtc, @case.Outcome, @case.SupplementRounds);
}

/// <summary>
/// Keeps a case's clocks (DESIGN "Time limits and SLA"): starts and stops them as steps happen, moves them for excluded
/// periods and the extension, and turns fired timers into level changes and the escalation policy's actions. Never saves:
/// it works inside the caller's step transaction (DESIGN decision 1).
/// </summary>
public sealed class CaseTimekeeper(CaseFlowDbContext db, WorkCalendarProvider calendars, DomainClock clock, Notifier notify, DefinitionStore definitions)
{
    private WorkCalendar Calendar => calendars.Current;

    // ---------------------------------------------------------------- steps

    public async Task AfterStepAsync(Case @case, CaseMoment before, IReadOnlyList<CaseTask> createdTasks, IReadOnlyList<CaseTask> closedTasks, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var item = @case.ServiceItem ?? throw new InvalidOperationException("The case's service item is not loaded.");
        var clocks = await ClocksAsync(@case, ct);

        if (clocks.Count == 0 && before.AcceptedAtUtc is null && @case.AcceptedAtUtc is null && @case.Outcome == CaseOutcome.None)
        {
            if (!MaterialsMissing(@case)) @case.MaterialComplete(@case.ReceivedAtUtc);
            StartReview(@case, item, @case.ReceivedAtUtc, clocks);
        }
        if (@case.SupplementRounds > before.SupplementRounds)
        {
            // 一次性告知: before acceptance it ends the review window; after (deemed) acceptance it is a clock stop.
            StopClock(clocks, ClockKind.Review, now);
            await CancelTimersAsync(@case, ct, TimerKind.DeemedAcceptance);
            if (before.AcceptedAtUtc is not null) await StartExclusionAsync(@case, ExclusionReason.Supplement, "补正材料", "system", ct);
        }
        if (before.Status == CaseStatus.AwaitingSupplement && @case.Status != CaseStatus.AwaitingSupplement)
        {
            if (@case.AcceptedAtUtc is null)
            {
                // A supplement before acceptance restarts the review window from the day the complete material arrives.
                if (!MaterialsMissing(@case)) @case.MaterialComplete(now);
                StartReview(@case, item, now, clocks);
            }
            else if (await db.ExcludedPeriods.FirstOrDefaultAsync(p => p.CaseId == @case.Id && p.Reason == ExclusionReason.Supplement && p.EndedAtUtc == null, ct) is { } open)
                await EndExclusionAsync(@case, open, "system", ct);
        }
        if (before.AcceptedAtUtc is null && @case.AcceptedAtUtc is not null && !@case.DeemedAccepted)
        {
            StopClock(clocks, ClockKind.Review, now);
            await CancelTimersAsync(@case, ct, TimerKind.DeemedAcceptance);
            StartDecisionClocks(@case, item, @case.AcceptedAtUtc.Value, clocks);
        }
        if (before.Outcome == CaseOutcome.None && @case.Outcome != CaseOutcome.None)
        {
            foreach (var kind in new[] { ClockKind.Review, ClockKind.Statutory, ClockKind.Committed }) StopClock(clocks, kind, now);
            await CancelTimersAsync(@case, ct, TimerKind.ClockWarning, TimerKind.ClockOverdue, TimerKind.DeemedAcceptance);
            if (@case.AcceptedAtUtc is not null) clocks.Add(StartClock(@case, ClockKind.Delivery, item.Timekeeping.DeliveryLimit, now));
        }
        if (@case.Status is CaseStatus.Archived or CaseStatus.Cancelled)
        {
            foreach (var running in clocks.Where(c => c.IsRunning)) running.Stop(now);
            await CancelTimersAsync(@case, ct);
        }
        else
        {
            @case.RecordStep(now);
            await CancelTimersAsync(@case, ct, TimerKind.Stalled);
            AddTimer(TimerKind.Stalled, Calendar.AddWorkingTime(now, Calendar.Hours.PerDay * item.Timekeeping.Escalation.StalledAfterWorkingDays, Region(@case)), @case);
        }

        foreach (var task in createdTasks.Where(t => t.DueAtUtc is not null))
        {
            var policy = await PolicyForAsync(@case, task, ct);
            AddTimer(TimerKind.TaskWarning, TaskWarningAt(task, policy, @case), @case, task: task);
            AddTimer(TimerKind.TaskOverdue, task.DueAtUtc!.Value, @case, task: task);
        }
        var pending = await PendingTimersAsync(@case, ct);
        foreach (var task in closedTasks.Where(t => t.Id != 0))
            foreach (var timer in pending.Where(t => t.TaskId == task.Id)) timer.Cancel(now);
        UpdateCaseLevel(@case, clocks);
    }

    /// <summary>A task's step limit, from its activity's <c>limit</c> prop, counted from now.</summary>
    public DateTime? TaskDue(Case @case, JsonNode? limit) =>
        ParseLimit(limit) is { } parsed ? Calendar.Compute(parsed, clock.UtcNow, Region(@case)).DueAtUtc : null;

    public static TimeLimit? ParseLimit(JsonNode? node) =>
        node is JsonObject o && o["value"] is JsonValue v && v.TryGetValue<int>(out var value) && value >= 0
            ? new TimeLimit { Value = value, Unit = Enum.TryParse<LimitUnit>(o["unit"]?.ToString(), ignoreCase: true, out var unit) ? unit : LimitUnit.WorkingDays }
            : null;

    // ---------------------------------------------------------------- excluded periods and extension

    public async Task<ExcludedPeriod> StartExclusionAsync(Case @case, ExclusionReason reason, string? note, string actor, CancellationToken ct)
    {
        if (@case.AcceptedAtUtc is null) throw new DomainConflictException("Only an accepted case has clocks to stop; before acceptance there is no decision clock.");
        if (@case.Outcome != CaseOutcome.None) throw new DomainConflictException($"办件 {@case.CaseNo} is already decided.");
        if (await db.ExcludedPeriods.AnyAsync(p => p.CaseId == @case.Id && p.EndedAtUtc == null, ct))
            throw new DomainConflictException("An excluded period is already running; end it first.");
        var now = clock.UtcNow;
        var period = new ExcludedPeriod { CaseId = @case.Id, Reason = reason, Note = note, StartedAtUtc = now, StartedBy = actor };
        db.ExcludedPeriods.Add(period);
        foreach (var running in (await ClocksAsync(@case, ct)).Where(IsDecisionClock)) running.Pause();
        await CancelTimersAsync(@case, ct, TimerKind.ClockWarning, TimerKind.ClockOverdue);
        Event(@case, "clock-stopped", $"{ExcludedPeriod.Describe(reason)}：时限暂停计算" + (note is null ? "" : $"（{note}）"), actor);
        notify.ToApplicant(@case, NotificationTexts.ExclusionStarted, new JsonObject
        {
            ["reason"] = ExcludedPeriod.Describe(reason), ["from"] = Local(now), ["note"] = note,
        });
        return period;
    }

    /// <summary>Ends the period: both deadlines move out by the working days it covered (DESIGN decision 7).</summary>
    public async Task EndExclusionAsync(Case @case, ExcludedPeriod period, string actor, CancellationToken ct)
    {
        var now = clock.UtcNow;
        period.End(now, actor);
        var clocks = await ClocksAsync(@case, ct);
        foreach (var running in clocks.Where(IsDecisionClock))
        {
            var moved = Calendar.Exclude(DeadlineOf(running), running.Limit.Unit, period.StartedAtUtc, now, Region(@case));
            SetDeadline(running, moved, @case);
            running.Resume();
            running.ResetLevel(now);
            ArmClock(@case, running);
        }
        var days = Calendar.WorkingDaysBetween(Calendar.LocalDate(period.StartedAtUtc), Calendar.LocalDate(now), Region(@case));
        var committed = clocks.FirstOrDefault(c => c.Kind == ClockKind.Committed && c.IsRunning);
        Event(@case, "clock-resumed", $"{ExcludedPeriod.Describe(period.Reason)}结束，时限顺延 {days} 个工作日", actor);
        notify.ToApplicant(@case, NotificationTexts.ExclusionEnded, new JsonObject
        {
            ["reason"] = ExcludedPeriod.Describe(period.Reason), ["to"] = Local(now),
            ["deadline"] = committed is null ? "" : NotificationTexts.Deadline(committed.DueDate, committed.DueAtUtc, Calendar.Hours.Zone),
        });
        UpdateCaseLevel(@case, clocks);
    }

    /// <summary>延长: once per case, the statutory deadline only, by the item's extension (art. 42 defaults), with the reason told to the applicant.</summary>
    public async Task<CaseClock> ExtendAsync(Case @case, string reason, Org.Actor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainValidationException("reason", "An extension states its reason (行政许可法第四十二条).");
        var item = @case.ServiceItem!;
        if (!actor.IsAdmin && !actor.HasRole(item.Timekeeping.ExtensionApproverRole))
            throw new DomainForbiddenException($"An extension of this item is approved by the role '{item.Timekeeping.ExtensionApproverRole}'.");
        var statutory = (await ClocksAsync(@case, ct)).FirstOrDefault(c => c.Kind == ClockKind.Statutory && c.IsRunning)
            ?? throw new DomainConflictException("The case has no running statutory clock to extend.");
        var extension = item.Timekeeping.Extension ?? new TimeLimit
        {
            Value = @case.HandlingMode == HandlingMode.MultiDepartment ? 15 : 10, Unit = LimitUnit.WorkingDays,
        };
        statutory.Extend(extension);
        SetDeadline(statutory, Calendar.Extend(DeadlineOf(statutory), extension, Region(@case)), @case);
        statutory.ResetLevel(clock.UtcNow);
        if (!statutory.Paused)
        {
            foreach (var timer in (await PendingTimersAsync(@case, ct)).Where(t => t.ClockId == statutory.Id)) timer.Cancel(clock.UtcNow);
            ArmClock(@case, statutory);
        }
        var due = NotificationTexts.Deadline(statutory.DueDate, statutory.DueAtUtc, Calendar.Hours.Zone);
        Event(@case, "extended", $"经批准延长法定期限 {extension.Describe()}，理由：{reason}，法定期限延至 {due}", actor.UserName);
        notify.ToApplicant(@case, NotificationTexts.Extended, new JsonObject { ["extension"] = extension.Describe(), ["reason"] = reason, ["deadline"] = due });
        UpdateCaseLevel(@case, await ClocksAsync(@case, ct));
        return statutory;
    }

    // ---------------------------------------------------------------- timers

    /// <summary>What a fired timer means for the case. The caller has marked the timer fired and saves afterwards.</summary>
    public async Task HandleAsync(TimerRecord timer, CancellationToken ct)
    {
        var @case = await db.Cases.Include(c => c.ServiceItem).SingleAsync(c => c.Id == timer.CaseId, ct);
        var policy = @case.ServiceItem!.Timekeeping.Escalation;
        switch (timer.Kind)
        {
            case TimerKind.ClockWarning or TimerKind.ClockOverdue:
            {
                var caseClock = await db.Clocks.SingleAsync(c => c.Id == timer.ClockId, ct);
                var level = timer.Kind == TimerKind.ClockWarning ? SlaLevel.Yellow : SlaLevel.Red;
                if (!caseClock.Raise(level)) return;
                var name = ClockName(caseClock.Kind);
                Event(@case, level == SlaLevel.Yellow ? "clock-warning" : "clock-overdue", $"{name}{(level == SlaLevel.Yellow ? "预警" : "超期")}（期限 {Deadline(caseClock)}）", "system");
                var template = level == SlaLevel.Yellow ? NotificationTexts.CaseWarning : NotificationTexts.CaseOverdue;
                var tasks = await db.Tasks.Where(t => t.CaseId == @case.Id && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed)
                    && t.ActivityType != CaseTask.SupervisionOrderType).ToListAsync(ct);
                var payload = () => new JsonObject { ["clock"] = name, ["deadline"] = Deadline(caseClock), ["step"] = string.Join("、", tasks.Select(t => t.Title)) };
                await ApplyAsync(level == SlaLevel.Yellow ? policy.OnWarning : policy.OnOverdue, @case, tasks, template, payload, caseClock.DueAtUtc, ct);
                UpdateCaseLevel(@case, await ClocksAsync(@case, ct));
                break;
            }
            case TimerKind.TaskWarning or TimerKind.TaskOverdue:
            {
                var task = await db.Tasks.SingleAsync(t => t.Id == timer.TaskId, ct);
                var level = timer.Kind == TimerKind.TaskWarning ? SlaLevel.Yellow : SlaLevel.Red;
                if (!task.Raise(level)) return;
                var stepPolicy = await PolicyForAsync(@case, task, ct);
                var deadline = Local(task.DueAtUtc!.Value);
                Event(@case, level == SlaLevel.Yellow ? "task-warning" : "task-overdue", $"“{task.Title}”环节{(level == SlaLevel.Yellow ? "预警" : "超期")}（期限 {deadline}）", "system");
                var actions = level == SlaLevel.Yellow ? stepPolicy.OnWarning : stepPolicy.OnOverdue;
                // A supervision order that is itself late is reported upwards, never supervised again.
                if (task.IsSupervisionOrder) actions = actions.Where(a => a.Type is EscalationAction.NotifyAssignee or EscalationAction.NotifySupervisors).ToList();
                await ApplyAsync(actions, @case, [task], level == SlaLevel.Yellow ? NotificationTexts.TaskWarning : NotificationTexts.TaskOverdue,
                    () => new JsonObject { ["step"] = task.Title, ["deadline"] = deadline }, task.DueAtUtc.Value, ct);
                if (level == SlaLevel.Red && stepPolicy.ReminderMax > 0) ScheduleReminder(@case, task, stepPolicy, 1);
                break;
            }
            case TimerKind.OverdueReminder:
            {
                var task = await db.Tasks.SingleAsync(t => t.Id == timer.TaskId, ct);
                if (!task.IsOpen) return;
                var stepPolicy = await PolicyForAsync(@case, task, ct);
                await notify.ToTaskAsync(task, @case, NotificationTexts.OverdueReminder,
                    new JsonObject { ["step"] = task.Title, ["deadline"] = Local(task.DueAtUtc!.Value), ["sequence"] = timer.Sequence }, ct);
                Event(@case, "overdue-reminder", $"“{task.Title}”超期催办（第 {timer.Sequence} 次）", "system");
                if (timer.Sequence < stepPolicy.ReminderMax) ScheduleReminder(@case, task, stepPolicy, timer.Sequence + 1);
                break;
            }
            case TimerKind.Stalled:
            {
                // Waiting on the applicant, the courier or an excluded period is not a stall; the next step re-arms the timer.
                if (@case.Status is CaseStatus.AwaitingSupplement or CaseStatus.Delivering or CaseStatus.Archived or CaseStatus.Cancelled) return;
                if (await db.ExcludedPeriods.AnyAsync(p => p.CaseId == @case.Id && p.EndedAtUtc == null, ct)) return;
                if (!@case.MarkStalled(@case.LastStepAtUtc)) return;
                var tasks = await db.Tasks.Where(t => t.CaseId == @case.Id && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed)).ToListAsync(ct);
                var steps = string.Join("、", tasks.Select(t => t.Title));
                Event(@case, "stalled", $"办件停滞：自 {Local(@case.LastStepAtUtc)} 起无办理进展", "system");
                foreach (var unit in tasks.Select(t => t.OrgUnitId).DefaultIfEmpty(@case.HomeDepartmentId ?? @case.IntakeWindowId).Distinct())
                    await notify.ToRoleAsync(@case, unit, Org.Roles.Supervisor, NotificationTexts.Stalled,
                        new JsonObject { ["since"] = Local(@case.LastStepAtUtc), ["step"] = steps }, ct);
                break;
            }
            case TimerKind.DeemedAcceptance:
                await DeemAcceptedAsync(@case, ct);
                break;
        }
    }

    /// <summary>视为受理 (art. 32): the review window passed with neither acceptance nor a notice.</summary>
    private async Task DeemAcceptedAsync(Case @case, CancellationToken ct)
    {
        var clocks = await ClocksAsync(@case, ct);
        if (@case.AcceptedAtUtc is not null || @case.Outcome != CaseOutcome.None || clocks.All(c => c.Kind != ClockKind.Review || !c.IsRunning)) return;
        var now = clock.UtcNow;
        var asOf = @case.MaterialCompleteAtUtc ?? @case.ReceivedAtUtc;
        StopClock(clocks, ClockKind.Review, now);
        @case.DeemAccepted(asOf, now);
        StartDecisionClocks(@case, @case.ServiceItem!, asOf, clocks);
        var committed = clocks.First(c => c.Kind == ClockKind.Committed);
        Event(@case, "deemed-accepted", $"形式审查期限届满未作处理，自 {Calendar.LocalDate(asOf):yyyy-MM-dd} 起视为受理（行政许可法第三十二条）", "system");
        notify.ToApplicant(@case, NotificationTexts.DeemedAccepted, new JsonObject
        {
            ["acceptedOn"] = Calendar.LocalDate(asOf).ToString("yyyy年M月d日"), ["deadline"] = Deadline(committed),
        });
        UpdateCaseLevel(@case, clocks);
    }

    // ---------------------------------------------------------------- calendar reloads

    /// <summary>After a calendar year is loaded: recompute every running clock computed on the fallback, recording each change on its case.</summary>
    public async Task<int> RecomputeFallbackClocksAsync(string actor, CancellationToken ct)
    {
        var marked = await db.Clocks.Include(c => c.Case).ThenInclude(c => c!.ServiceItem).Where(c => c.OnFallback && c.StoppedAtUtc == null).ToListAsync(ct);
        var changed = 0;
        foreach (var stale in marked)
        {
            var @case = stale.Case!;
            var before = Deadline(stale);
            var deadline = ComputeFresh(stale, @case);
            foreach (var period in await db.ExcludedPeriods.Where(p => p.CaseId == @case.Id && p.EndedAtUtc != null).OrderBy(p => p.StartedAtUtc).ToListAsync(ct))
                if (IsDecisionClock(stale)) SetDeadline(stale, deadline = Calendar.Exclude(deadline, stale.Limit.Unit, period.StartedAtUtc, period.EndedAtUtc!.Value, Region(@case)), @case);
            if (stale.Extension is { } extension) SetDeadline(stale, Calendar.Extend(deadline, extension, Region(@case)), @case);
            stale.ResetLevel(clock.UtcNow);
            foreach (var timer in (await PendingTimersAsync(@case, ct)).Where(t => t.ClockId == stale.Id)) timer.Cancel(clock.UtcNow);
            if (!stale.Paused) ArmClock(@case, stale);
            if (before != Deadline(stale))
            {
                Event(@case, "deadline-recomputed", $"载入日历后重新计算{ClockName(stale.Kind)}：{before} → {Deadline(stale)}", actor);
                changed++;
            }
        }
        return changed;
    }

    // ---------------------------------------------------------------- helpers

    private async Task ApplyAsync(List<EscalationAction> actions, Case @case, IReadOnlyList<CaseTask> tasks, string template, Func<JsonObject> payload, DateTime dueAtUtc, CancellationToken ct)
    {
        foreach (var action in actions)
            switch (action.Type)
            {
                case EscalationAction.NotifyAssignee:
                    foreach (var task in tasks) await notify.ToTaskAsync(task, @case, template, payload(), ct);
                    break;
                case EscalationAction.NotifySupervisors:
                    foreach (var unit in tasks.Select(t => t.OrgUnitId).DefaultIfEmpty(@case.HomeDepartmentId ?? @case.IntakeWindowId).Distinct())
                        await notify.ToRoleAsync(@case, unit, Org.Roles.Supervisor, template, payload(), ct);
                    break;
                case EscalationAction.Reassign:
                    foreach (var task in tasks.Where(t => t.IsOpen && !t.IsSupervisionOrder))
                    {
                        task.Reassign(action.Role!);
                        Event(@case, "reassigned", $"“{task.Title}”转派至 {action.Role}", "system");
                    }
                    break;
                case EscalationAction.SupervisionOrder:
                    foreach (var task in tasks.Where(t => !t.IsSupervisionOrder)) await RaiseSupervisionOrderAsync(@case, task, action.Limit, ct);
                    break;
            }
    }

    /// <summary>督办: a task of its own, with its own limit, for the unit that holds the late step.</summary>
    private async Task RaiseSupervisionOrderAsync(Case @case, CaseTask late, TimeLimit? limit, CancellationToken ct)
    {
        if (late.Id != 0 && await db.Tasks.AnyAsync(t => t.SupervisesTaskId == late.Id && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed), ct)) return;
        var due = Calendar.Compute(limit ?? new TimeLimit { Value = 1, Unit = LimitUnit.WorkingDays }, clock.UtcNow, Region(@case));
        var order = new CaseTask
        {
            Case = @case, CaseId = @case.Id, InstanceId = late.InstanceId, BookmarkId = "sv" + Guid.NewGuid().ToString("N")[..30],
            ActivityId = late.ActivityId, ActivityType = CaseTask.SupervisionOrderType, Title = $"督办：{late.Title}", Role = late.Role,
            OrgUnitId = late.OrgUnitId, Outcomes = ["done"], CreatedAtUtc = clock.UtcNow, DueAtUtc = due.DueAtUtc, SupervisesTaskId = late.Id,
        };
        db.Tasks.Add(order);
        AddTimer(TimerKind.TaskOverdue, due.DueAtUtc, @case, task: order);
        var deadline = NotificationTexts.Deadline(due.DueDate, due.DueAtUtc, Calendar.Hours.Zone);
        Event(@case, "supervision-order", $"下达督办单：“{late.Title}”，限 {deadline} 前办结", "system");
        await notify.ToRoleAsync(@case, late.OrgUnitId, late.Role, NotificationTexts.SupervisionOrder, new JsonObject { ["step"] = late.Title, ["deadline"] = deadline }, ct);
    }

    private void ScheduleReminder(Case @case, CaseTask task, EscalationPolicy policy, int sequence) =>
        AddTimer(TimerKind.OverdueReminder, Calendar.AddWorkingTime(clock.UtcNow, TimeSpan.FromHours(policy.ReminderEveryWorkingHours), Region(@case)), @case, task: task, sequence: sequence);

    private async Task<EscalationPolicy> PolicyForAsync(Case @case, CaseTask task, CancellationToken ct)
    {
        if (task.IsSupervisionOrder) return @case.ServiceItem!.Timekeeping.Escalation;
        var definition = await definitions.GetPublishedAsync(@case.DefinitionId, @case.DefinitionVersion, ct);
        return definition.FindActivity(task.ActivityId)?.Props["escalation"] is JsonObject props ? EscalationPolicy.From(props) : @case.ServiceItem!.Timekeeping.Escalation;
    }

    private DateTime TaskWarningAt(CaseTask task, EscalationPolicy policy, Case @case)
    {
        var due = task.DueAtUtc!.Value;
        if (policy.WarnHoursLeft is { } left) return Min(Calendar.SubtractWorkingTime(due, TimeSpan.FromHours(left), Region(@case)), due);
        var span = Calendar.WorkingTimeBetween(task.CreatedAtUtc, due, Region(@case));
        return Min(Calendar.AddWorkingTime(task.CreatedAtUtc, span * policy.WarnShare, Region(@case)), due);
    }

    private void StartReview(Case @case, ServiceItem item, DateTime from, List<CaseClock> clocks)
    {
        StopClock(clocks, ClockKind.Review, clock.UtcNow);
        var review = StartClock(@case, ClockKind.Review, item.Timekeeping.ReviewLimit, from);
        clocks.Add(review);
        AddTimer(TimerKind.DeemedAcceptance, review.DueAtUtc, @case, review);
    }

    private void StartDecisionClocks(Case @case, ServiceItem item, DateTime from, List<CaseClock> clocks)
    {
        var statutory = StartClock(@case, ClockKind.Statutory, item.StatutoryLimit, from);
        var committed = StartClock(@case, ClockKind.Committed, item.CommittedLimit, from);
        clocks.Add(statutory);
        clocks.Add(committed);
        var fallback = statutory.OnFallback || committed.OnFallback ? "（部分日期缺少日历数据，按周一至周五推算）" : "";
        Event(@case, "clocks-started", $"开始计时：承诺期限 {Deadline(committed)}（{item.CommittedLimit.Describe()}），法定期限 {Deadline(statutory)}（{item.StatutoryLimit.Describe()}）{fallback}", "system");
    }

    private CaseClock StartClock(Case @case, ClockKind kind, TimeLimit limit, DateTime from)
    {
        var started = new CaseClock
        {
            Case = @case, CaseId = @case.Id, Kind = kind, StartedAtUtc = from,
            Limit = new TimeLimit { Value = limit.Value, Unit = limit.Unit, Note = limit.Note },
        };
        ComputeFresh(started, @case);
        db.Clocks.Add(started);
        if (kind != ClockKind.Review) ArmClock(@case, started);
        return started;
    }

    /// <summary>A moved deadline keeps its warning the same working time ahead of it.</summary>
    private void SetDeadline(CaseClock target, Deadline deadline, Case @case)
    {
        var lead = Calendar.WorkingTimeBetween(target.WarningAtUtc, target.DueAtUtc, Region(@case));
        target.SetDeadline(deadline.DueDate, deadline.DueAtUtc, Calendar.SubtractWorkingTime(deadline.DueAtUtc, lead, Region(@case)), deadline.OnFallback);
    }

    private Deadline ComputeFresh(CaseClock target, Case @case)
    {
        var policy = @case.ServiceItem!.Timekeeping.Escalation;
        var deadline = Calendar.Compute(target.Limit, target.StartedAtUtc, Region(@case));
        var warning = Calendar.WarningAtUtc(target.Limit, target.StartedAtUtc, deadline, policy.WarnShare, policy.WarnHoursLeft is { } h ? TimeSpan.FromHours(h) : null, Region(@case));
        target.SetDeadline(deadline.DueDate, deadline.DueAtUtc, warning, deadline.OnFallback);
        return deadline;
    }

    /// <summary>Warning and overdue timers for a running clock, unless its level is already past them.</summary>
    private void ArmClock(Case @case, CaseClock target)
    {
        if (target.Level < SlaLevel.Yellow) AddTimer(TimerKind.ClockWarning, target.WarningAtUtc, @case, target);
        if (target.Level < SlaLevel.Red) AddTimer(TimerKind.ClockOverdue, target.DueAtUtc, @case, target);
    }

    private void AddTimer(TimerKind kind, DateTime due, Case @case, CaseClock? target = null, CaseTask? task = null, int sequence = 0) =>
        db.Timers.Add(new TimerRecord
        {
            Kind = kind, DueAtUtc = due, Case = @case, CaseId = @case.Id, Clock = target, ClockId = target?.Id, Task = task, TaskId = task?.Id,
            Sequence = sequence, CreatedAtUtc = clock.UtcNow,
        });

    private async Task CancelTimersAsync(Case @case, CancellationToken ct, params TimerKind[] kinds)
    {
        var now = clock.UtcNow;
        foreach (var timer in await PendingTimersAsync(@case, ct))
            if (kinds.Length == 0 || kinds.Contains(timer.Kind)) timer.Cancel(now);
    }

    // A step asks for a case's timers and clocks several times: each is read from the database once per scope; after that
    // the tracked rows (plus those added in this scope) are the whole set.
    private readonly HashSet<long> _timersLoaded = [];
    private readonly HashSet<long> _clocksLoaded = [];

    /// <summary>The case's pending timers: saved ones and those added in this scope.</summary>
    private async Task<List<TimerRecord>> PendingTimersAsync(Case @case, CancellationToken ct)
    {
        if (@case.Id != 0 && _timersLoaded.Add(@case.Id))
            await db.Timers.Where(t => t.CaseId == @case.Id && t.State == TimerState.Pending).LoadAsync(ct);
        return db.Timers.Local.Where(t => t.State == TimerState.Pending && (t.Case == @case || (@case.Id != 0 && t.CaseId == @case.Id))).ToList();
    }

    /// <summary>The case's clocks: saved ones and those added in this scope.</summary>
    private async Task<List<CaseClock>> ClocksAsync(Case @case, CancellationToken ct)
    {
        if (@case.Id != 0 && _clocksLoaded.Add(@case.Id))
            await db.Clocks.Where(c => c.CaseId == @case.Id).LoadAsync(ct);
        return db.Clocks.Local.Where(c => c.Case == @case || (@case.Id != 0 && c.CaseId == @case.Id)).ToList();
    }

    private void StopClock(List<CaseClock> clocks, ClockKind kind, DateTime now)
    {
        foreach (var running in clocks.Where(c => c.Kind == kind && c.IsRunning)) running.Stop(now);
    }

    private static bool IsDecisionClock(CaseClock c) => c.IsRunning && c.Kind is ClockKind.Statutory or ClockKind.Committed;

    private static void UpdateCaseLevel(Case @case, List<CaseClock> clocks)
    {
        var running = clocks.Where(c => c.IsRunning && c.Kind is ClockKind.Statutory or ClockKind.Committed or ClockKind.Review).ToList();
        var committed = clocks.FirstOrDefault(c => c.IsRunning && c.Kind == ClockKind.Committed);
        @case.SetLevel(running.Count == 0 ? @case.Level : running.Max(c => c.Level), committed?.DueAtUtc);
    }

    private static bool MaterialsMissing(Case @case) => @case.Materials.Any(m => m.Required && m.State == MaterialState.Missing);

    private static string? Region(Case @case) => @case.HomeRegionCode;

    private Deadline DeadlineOf(CaseClock c) => new(c.DueDate, c.DueAtUtc, c.OnFallback);

    private string Deadline(CaseClock c) => NotificationTexts.Deadline(c.DueDate, c.DueAtUtc, Calendar.Hours.Zone);

    private string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Calendar.Hours.Zone).ToString("yyyy年M月d日 HH:mm");

    public static string ClockName(ClockKind kind) => kind switch
    {
        ClockKind.Review => "形式审查期限",
        ClockKind.Statutory => "法定时限",
        ClockKind.Committed => "承诺时限",
        _ => "送达期限",
    };

    private void Event(Case @case, string kind, string summary, string actor) =>
        db.CaseEvents.Add(new CaseEvent { Case = @case, CaseId = @case.Id, AtUtc = clock.UtcNow, Actor = actor, Kind = kind, Summary = summary });

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
