using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Activities;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Workflows;
using CaseFlow.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Cases;

public sealed record ApplyRequest(
    string ItemCode,
    string SituationCode,
    ApplicantInput Applicant,
    JsonObject? Form,
    List<MaterialInput>? Materials,
    string? DeliveryMethod,
    string? DeliveryAddress,
    string? WindowCode,
    string? Channel,
    AssistanceInput? Assistance = null);

/// <summary>帮办 (kind "assisted": the clerk acts for an elderly or disabled applicant) or 代办 (kind "agent", with the agent's ID).</summary>
public sealed record AssistanceInput(string? Kind, string? Reason, ApplicantInput? Agent);

public sealed record ApplicantInput(string Name, string IdNumber, string Phone, string? Address);

public sealed record MaterialInput(string Code, string? State);

public sealed class CaseNumberOptions
{
    /// <summary>Tokens: {code} implementation code, {date} China date yyyyMMdd, {seq} daily sequence (4 digits), {seq:N} N digits.</summary>
    public string Format { get; set; } = "{code}{date}{seq}";
}

/// <summary>
/// Taking applications in, and the applicant's side of a running case (supplement, delivery confirmation): handlers on the
/// request's DbContext — load, authorise through <see cref="AccessPolicy"/>, the case's own method, one save.
/// </summary>
public sealed partial class CaseService(CaseFlowDbContext db, WorkflowHost host, DefinitionStore definitions, AccessPolicy access, DomainClock clock,
    CaseNumberOptions numbers)
{
    /// <summary>收件: creates the case and runs its workflow's first step, in one transaction; the day's number comes from an atomic increment that cannot conflict.</summary>
    public async Task<Case> ApplyAsync(ApplyRequest request, Actor actor, CancellationToken ct)
    {
        var @case = await BuildAsync(db, request, actor, ct);
        // 异地收件权 of the intake window for the item; 原件核验权 too when a material is handed in with its original checked.
        await access.RequireWindowRightsAsync(WindowAct.Apply, @case, @case.Materials.Any(m => m.State == MaterialState.OriginalVerified), ct);
        // The number's increment holds the counter row (SQLite: the write lock) until this transaction commits, so no two
        // applications get one number and one that fails leaves no gap.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        @case.CaseNo = await NextNumberAsync(db, @case.ImplementationCode, ct);
        db.Cases.Add(@case);
        var definition = await definitions.GetLatestPublishedAsync(@case.ServiceItem!.DefinitionId, ct);
        await host.StartAsync(@case, definition, actor.UserName, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return @case;
    }

    /// <summary>补正: the applicant hands in what the one-time notice listed, recorded at the window by a clerk of the intake window.</summary>
    public async Task<Case> SupplementAsync(long caseId, IReadOnlyList<MaterialInput>? materials, JsonObject? form, Actor actor, CancellationToken ct)
    {
        var @case = await access.CaseAsync(actor, caseId, ct, tracked: true);
        await access.RequireIntakeClerkAsync(actor, @case, "a supplement", ct);
        var payload = @case.TakeSupplement(materials ?? [], form);
        await access.RequireWindowRightsAsync(WindowAct.Supplement, @case, Case.HandsInOriginals(materials ?? []), ct);
        if (form is not null && await CheckFormAsync(db, @case.ServiceItem!, form, partial: true, ct) is { Count: > 0 } formErrors)
            throw new DomainValidationException(formErrors, "The supplement's form is not valid.");
        await ResumeAsync(WaitForSupplementActivity.EventName, @case.CaseNo, payload, actor, ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }

    /// <summary>The courier's delivery confirmation (签收), matched by waybill: a clerk of the intake window records it, with the window's 审批结果送达权.</summary>
    public async Task<Case> ConfirmDeliveryAsync(long caseId, string? waybill, string? signedBy, Actor actor, CancellationToken ct)
    {
        var @case = await access.CaseAsync(actor, caseId, ct, tracked: true);
        await access.RequireIntakeClerkAsync(actor, @case, "the delivery confirmation", ct);
        await access.RequireWindowRightsAsync(WindowAct.ConfirmDelivery, @case, also: false, ct);
        var payload = @case.TakeDeliveryConfirmation(waybill, signedBy);
        await ResumeAsync(MailBackActivity.EventName, waybill!, payload, actor, ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }

    private async Task ResumeAsync(string eventName, string key, JsonObject data, Actor actor, CancellationToken ct)
    {
        try
        {
            if (await host.RaiseEventAsync(eventName, key, data, actor.UserName, keepIfUnmatched: false, ct) == 0)
                throw new DomainConflictException($"Nothing is waiting for '{eventName}' on {key}.");
        }
        catch (WorkflowInputException ex)
        {
            throw new DomainValidationException(ex.Field, ex.Message);
        }
    }

    /// <summary>The form against the item's schema (<see cref="FormRules"/>), then each region code against the org tree.</summary>
    private static async Task<Dictionary<string, string[]>> CheckFormAsync(CaseFlowDbContext db, ServiceItem item, JsonObject form, bool partial, CancellationToken ct)
    {
        var errors = FormRules.Check(item.FormFields, form, partial);
        foreach (var field in item.FormFields.Where(f => f.Type == FormFieldTypes.Region && !errors.ContainsKey($"form.{f.Name}")))
            if (form[field.Name]?.GetValue<string>() is { Length: > 0 } code
                && !await db.OrgUnits.AnyAsync(o => o.Code == code && o.Kind != OrgUnitKind.Department && o.Kind != OrgUnitKind.Window, ct))
                errors[$"form.{field.Name}"] = [$"{field.Label}: '{code}' is not a known region code."];
        return errors;
    }

    private async Task<Case> BuildAsync(CaseFlowDbContext db, ApplyRequest request, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var item = await db.ServiceItems.SingleOrDefaultAsync(s => s.ImplementationCode == request.ItemCode && s.IsCurrent, ct);
        if (item is null) throw new DomainValidationException("itemCode", $"No current service item has the implementation code '{request.ItemCode}'.");
        var situation = item.Situations.FirstOrDefault(s => s.Code == request.SituationCode);
        if (situation is null) errors["situationCode"] = [$"'{request.SituationCode}' is not a situation of {item.Name}; choose one of: {string.Join(", ", item.Situations.Select(s => s.Code))}."];

        var applicant = request.Applicant;
        if (applicant is null) errors["applicant"] = ["The applicant is required."];
        else
        {
            if (string.IsNullOrWhiteSpace(applicant.Name) || applicant.Name.Length > 64) errors["applicant.name"] = ["The applicant's name is required (at most 64 characters)."];
            if (!ResidentIdNumber.IsValid(applicant.IdNumber)) errors["applicant.idNumber"] = [ResidentIdNumber.Rule];
            if (!MobileNumber.IsValid(applicant.Phone)) errors["applicant.phone"] = [MobileNumber.Rule];
        }

        var form = request.Form ?? [];
        foreach (var (field, messages) in await CheckFormAsync(db, item, form, partial: false, ct)) errors[field] = messages;

        var given = new Dictionary<string, MaterialState>();
        foreach (var material in request.Materials ?? [])
        {
            if (situation is not null && situation.Materials.All(m => m.Code != material.Code))
                errors["materials"] = [$"'{material.Code}' is not a material of situation {situation.Code}."];
            else if (!Enum.TryParse<MaterialState>(material.State ?? nameof(MaterialState.Submitted), true, out var state))
                errors["materials"] = [$"'{material.State}' is not a material state (submitted, originalVerified, electronicLicence, missing)."];
            else given[material.Code] = state;
        }

        var delivery = DeliveryMethod.Window;
        if (request.DeliveryMethod is { } method && !Enum.TryParse(method, true, out delivery))
            errors["deliveryMethod"] = ["The delivery method must be mail or window."];
        else if (item.DeliveryOptions.Count > 0 && !item.DeliveryOptions.Contains(delivery))
            errors["deliveryMethod"] = [$"{item.Name} is delivered by: {string.Join(", ", item.DeliveryOptions)}."];
        if (delivery == DeliveryMethod.Mail && string.IsNullOrWhiteSpace(request.DeliveryAddress))
            errors["deliveryAddress"] = ["A mailing address is required for delivery by post."];

        Assistance? assistance = null;
        if (request.Assistance is { } help)
        {
            if (!Enum.TryParse<AssistanceKind>(help.Kind, true, out var kind)) errors["assistance.kind"] = ["The kind is assisted (帮办) or agent (代办)."];
            else if (string.IsNullOrWhiteSpace(help.Reason)) errors["assistance.reason"] = ["Say why (e.g. 老年人、残疾人、委托代办)."];
            else if (kind == AssistanceKind.Agent)
            {
                if (string.IsNullOrWhiteSpace(help.Agent?.Name)) errors["assistance.agent.name"] = ["The agent's (代办人) name is required."];
                if (!ResidentIdNumber.IsValid(help.Agent?.IdNumber)) errors["assistance.agent.idNumber"] = [$"The agent's 公民身份号码 is required. {ResidentIdNumber.Rule}"];
                if (help.Agent?.Phone is { Length: > 0 } agentPhone && !MobileNumber.IsValid(agentPhone)) errors["assistance.agent.phone"] = [MobileNumber.Rule];
            }
            if (!errors.Keys.Any(k => k.StartsWith("assistance", StringComparison.Ordinal)))
                assistance = new Assistance
                {
                    Kind = kind, Reason = help.Reason!.Trim(), ClerkUserName = actor.UserName,
                    AgentName = help.Agent?.Name?.Trim(), AgentIdNumber = help.Agent?.IdNumber?.ToUpperInvariant(), AgentPhone = help.Agent?.Phone,
                };
        }

        var channel = Channel.Window;
        if (request.Channel is { } channelText && !Enum.TryParse(channelText, true, out channel)) errors["channel"] = ["The channel must be window, online or hotline12345."];

        var windows = await db.OrgUnits.Where(o => o.Kind == OrgUnitKind.Window && (request.WindowCode == null || o.Code == request.WindowCode)).ToListAsync(ct);
        var window = AccessPolicy.IntakeWindowOf(actor, windows);
        if (window is null)
        {
            if (request.WindowCode is not null && windows.Count == 0) errors["windowCode"] = [$"'{request.WindowCode}' is not a service window."];
            else if (errors.Count == 0) throw AccessPolicy.NotAnIntakeClerk(request.WindowCode);
        }
        if (errors.Count > 0) throw new DomainValidationException(errors, "The application is not valid.");

        var now = clock.UtcNow;
        return new Case
        {
            ServiceItem = item,
            ServiceItemId = item.Id,
            ImplementationCode = item.ImplementationCode,
            ItemName = item.Name,
            SituationCode = situation!.Code,
            Applicant = new Applicant { Name = applicant!.Name.Trim(), IdNumber = applicant.IdNumber!.ToUpperInvariant(), Phone = applicant.Phone!, Address = applicant.Address },
            Assistance = assistance,
            Channel = channel,
            HandlingMode = item.CaseType == CaseType.Immediate ? HandlingMode.Immediate : item.DefinitionId switch
            {
                "local-approval" => HandlingMode.LocalApproval,
                "multi-department" => HandlingMode.MultiDepartment,
                _ => HandlingMode.RemoteIntake,
            },
            IntakeWindowId = window!.Id,
            FormDataJson = form.ToJsonString(),
            Materials = situation.Materials.Select(m => new CaseMaterial
            {
                Code = m.Code, Name = m.Name, Required = m.Required,
                State = given.GetValueOrDefault(m.Code, MaterialState.Missing),
                IntroducedInRound = given.GetValueOrDefault(m.Code, MaterialState.Missing) == MaterialState.Missing ? null : 0,
            }).ToList(),
            DeliveryMethod = delivery,
            DeliveryAddress = request.DeliveryAddress,
            ReceivedAtUtc = now,
            UpdatedAtUtc = now,
        };
    }

    /// <summary>
    /// The day's next number for the code, by one <c>UPDATE … SET Value = Value + 1</c> inside the caller's transaction: never a
    /// version-checked read-modify-write, so an application never fails over the counter. A missing row is created first.
    /// </summary>
    private async Task<string> NextNumberAsync(CaseFlowDbContext db, string code, CancellationToken ct)
    {
        var date = clock.TodayInChina.ToString("yyyyMMdd");
        var key = $"{code}|{date}";
        var row = db.CaseNumberSequences.Where(s => s.Key == key);
        while (await row.ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1).SetProperty(x => x.Version, x => x.Version + 1), ct) == 0)
            await CreateCounterAsync(db, key, ct);
        var value = await row.Select(s => s.Value).SingleAsync(ct);
        return SeqToken().Replace(numbers.Format.Replace("{code}", code).Replace("{date}", date),
            m => value.ToString(new string('0', m.Groups[1].Success ? int.Parse(m.Groups[1].Value) : 4)));
    }

    /// <summary>The day's first application creates the counter at 0, in a savepoint: when a concurrent first inserted it, that one wins and the increment runs again.</summary>
    private static async Task CreateCounterAsync(CaseFlowDbContext db, string key, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync("counter", ct);
        var entry = db.CaseNumberSequences.Add(new CaseNumberSequence { Key = key });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackToSavepointAsync("counter", ct);
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    [GeneratedRegex(@"\{seq(?::(\d{1,2}))?\}")]
    private static partial Regex SeqToken();
}
