using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Events;

namespace CaseFlow.Domain.Cases;

/// <summary>办件: one application for one service item. Its status changes only through the methods below, which raise the
/// domain events (Cases/CaseDomainEvents.cs) the clocks, escalation and notifications react to.</summary>
public sealed class Case : DomainEventSource, IVersioned, IAuditedEntity
{
    public long Id { get; set; }
    public string CaseNo { get; set; } = "";
    public long ServiceItemId { get; set; }
    public ServiceItem? ServiceItem { get; set; }
    /// <summary>实施编码 of the item version the case pinned.</summary>
    public string ImplementationCode { get; set; } = "";
    public string ItemName { get; set; } = "";
    public string SituationCode { get; set; } = "";
    public Applicant Applicant { get; set; } = new();
    /// <summary>帮办代办: a clerk acting for an elderly or disabled applicant, or an authorised agent (代办人) applying for them.</summary>
    public Assistance? Assistance { get; set; }
    public Channel Channel { get; set; }
    public HandlingMode HandlingMode { get; set; }
    public long IntakeWindowId { get; set; }
    public long? HomeDepartmentId { get; set; }
    /// <summary>The region code the home department was resolved from (routeBy field).</summary>
    public string? HomeRegionCode { get; set; }
    public CaseStatus Status { get; private set; } = CaseStatus.Received;
    public CaseOutcome Outcome { get; private set; } = CaseOutcome.None;
    public string? DecisionBasis { get; private set; }
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? WorkflowInstanceId { get; set; }
    public string FormDataJson { get; set; } = "{}";
    public List<CaseMaterial> Materials { get; set; } = [];
    public DeliveryMethod DeliveryMethod { get; set; }
    public string? DeliveryAddress { get; set; }
    public string? Waybill { get; set; }
    public DateTime? DeliveredAtUtc { get; private set; }
    public int Trips { get; private set; }
    public int SupplementRounds { get; private set; }
    public DateTime ReceivedAtUtc { get; set; }
    public DateTime? AcceptedAtUtc { get; private set; }
    public string? AcceptedBy { get; private set; }
    /// <summary>视为受理: the review window passed with neither acceptance nor a notice (行政许可法 art. 32).</summary>
    public bool DeemedAccepted { get; private set; }
    /// <summary>When the complete material arrived (receipt, or the supplement that completed it): the date acceptance counts from.</summary>
    public DateTime? MaterialCompleteAtUtc { get; private set; }
    /// <summary>The worst level of the running statutory and committed clocks.</summary>
    public Deadlines.SlaLevel Level { get; private set; } = Deadlines.SlaLevel.Green;
    /// <summary>The running committed deadline (denormalised from its clock for the inbox's sort by deadline).</summary>
    public DateTime? DueAtUtc { get; private set; }
    public DateTime? StalledSinceUtc { get; private set; }
    public DateTime LastStepAtUtc { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public DateTime? ArchivedAtUtc { get; private set; }
    /// <summary>What the rates count (time cut: null without a statutory limit above 0), recorded at the decision (docs/decisions.md, decision 33).</summary>
    public bool FiguresRecorded { get; private set; }
    public bool? CommittedOnTime { get; private set; }
    public bool? StatutoryOnTime { get; private set; }
    public double? TimeCut { get; private set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }

    /// <summary>The signed head of this case's audit chain (docs/decisions.md, decision 18); written only by the chain, never audited itself.</summary>
    public long AuditSequence { get; private set; }
    public string AuditHash { get; private set; } = "";
    /// <summary>HMAC of "{stream}|{sequence}|{hash}" with the key kept outside the database.</summary>
    public string AuditSignature { get; private set; } = "";

    string IAuditedEntity.AuditStream => AuditStreams.ForCase(Id);

    public JsonObject FormData
    {
        get => JsonNode.Parse(FormDataJson) as JsonObject ?? new JsonObject();
        set => FormDataJson = value.ToJsonString();
    }

    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.Received] = [CaseStatus.InReview],
        [CaseStatus.InReview] = [CaseStatus.AwaitingSupplement, CaseStatus.Accepted, CaseStatus.Pushed, CaseStatus.Decided],
        [CaseStatus.AwaitingSupplement] = [CaseStatus.InReview],
        [CaseStatus.Accepted] = [CaseStatus.Pushed, CaseStatus.InApproval, CaseStatus.Decided, CaseStatus.InReview],
        [CaseStatus.Pushed] = [CaseStatus.Accepted, CaseStatus.InApproval, CaseStatus.Decided, CaseStatus.InReview],
        [CaseStatus.InApproval] = [CaseStatus.Decided, CaseStatus.InReview, CaseStatus.Pushed],
        [CaseStatus.Decided] = [CaseStatus.Delivering, CaseStatus.Archived],
        [CaseStatus.Delivering] = [CaseStatus.Archived],
        [CaseStatus.Archived] = [],
        [CaseStatus.Cancelled] = [],
    };

    /// <summary>Moves to a step's status; staying put is allowed (a loop, a second branch), anything else must be in the table.</summary>
    public void EnterStatus(CaseStatus next, DateTime now)
    {
        if (next == Status) return;
        if (next == CaseStatus.Cancelled ? Status is CaseStatus.Archived or CaseStatus.Cancelled : !Allowed[Status].Contains(next))
            throw new DomainConflictException($"办件 {CaseNo} is {Status}; it cannot become {next}.");
        var left = Status;
        Status = next;
        UpdatedAtUtc = now;
        if (left == CaseStatus.AwaitingSupplement && next != CaseStatus.Cancelled) AddDomainEvent(new SupplementReceived(this));
        if (next == CaseStatus.Pushed) AddDomainEvent(new CasePushed(this));
        if (next == CaseStatus.Archived) AddDomainEvent(new CaseArchived(this));
        if (next == CaseStatus.Cancelled) AddDomainEvent(new CaseCancelled(this));
    }

    public bool IsClosed => Status is CaseStatus.Archived or CaseStatus.Cancelled;

    /// <summary>Links the case to the instance of its workflow; the first (root) instance starts handling, and the review window with it.</summary>
    public void BeginWorkflow(string instanceId, string definitionId, int definitionVersion)
    {
        if (string.IsNullOrEmpty(DefinitionId)) DefinitionId = definitionId;
        if (DefinitionVersion == 0) DefinitionVersion = definitionVersion;
        if (WorkflowInstanceId is not null) return; // a sub-workflow of the same case
        WorkflowInstanceId = instanceId;
        AddDomainEvent(new CaseHandlingStarted(this));
    }

    /// <summary>跑动次数 counts the applicant's visits to a window: supplementing or collecting there is one.</summary>
    public void RecordTrip() => Trips++;

    /// <summary>Taking an application in is a visit only when the applicant came to the window (not online, not 12345).</summary>
    public void RecordIntakeVisit() => Trips += Channel == Channel.Window ? 1 : 0;

    /// <summary>A workflow step on the case ended: an open case is no longer stalled.</summary>
    public void CompleteStep(DateTime now)
    {
        if (!IsClosed)
        {
            LastStepAtUtc = now;
            StalledSinceUtc = null;
        }
        AddDomainEvent(new CaseStepCompleted(this, now));
    }

    /// <summary>Flags the case as stalled once per stall; a later step clears it.</summary>
    public bool MarkStalled(DateTime since)
    {
        if (StalledSinceUtc is not null) return false;
        StalledSinceUtc = since;
        return true;
    }

    public void SetLevel(Deadlines.SlaLevel level, DateTime? dueAtUtc)
    {
        Level = level;
        DueAtUtc = dueAtUtc;
    }

    public void MaterialComplete(DateTime at) => MaterialCompleteAtUtc = at;

    /// <summary>视为受理 as of the day the complete material arrived; the status stays with the open review step.</summary>
    public void DeemAccepted(DateTime asOf, DateTime now)
    {
        if (AcceptedAtUtc is not null) throw new DomainConflictException($"办件 {CaseNo} was already accepted.");
        AcceptedAtUtc = asOf;
        AcceptedBy = "视为受理（行政许可法第三十二条）";
        DeemedAccepted = true;
        UpdatedAtUtc = now;
        AddDomainEvent(new CaseDeemedAccepted(this, asOf));
    }

    public void StartSupplementRound(DateTime now)
    {
        EnterStatus(CaseStatus.AwaitingSupplement, now);
        SupplementRounds++;
        AddDomainEvent(new SupplementRequested(this, SupplementRounds, AfterAcceptance: AcceptedAtUtc is not null));
    }

    /// <summary>受理: both clocks start from here (docs/decisions.md, decision 5).</summary>
    public void Accept(DateTime now, string by)
    {
        if (AcceptedAtUtc is not null) throw new DomainConflictException($"办件 {CaseNo} was already accepted.");
        EnterStatus(CaseStatus.Accepted, now);
        AcceptedAtUtc = now;
        AcceptedBy = by;
        AddDomainEvent(new CaseAccepted(this, now));
    }

    /// <summary>A decision: approval, rejection (with basis: 否定必有依据) or non-acceptance (with basis).</summary>
    public void Decide(CaseOutcome outcome, string? basis, DateTime now)
    {
        if (outcome == CaseOutcome.None) throw new ArgumentOutOfRangeException(nameof(outcome));
        if (DecisionBasisRule.Missing(outcome, basis) is { } rule) throw new DomainValidationException(DecisionBasisRule.Field, rule);
        if (Outcome != CaseOutcome.None) throw new DomainConflictException($"办件 {CaseNo} is already decided ({Outcome}).");
        EnterStatus(CaseStatus.Decided, now);
        Outcome = outcome;
        DecisionBasis = basis;
        DecidedAtUtc = now;
        AddDomainEvent(new CaseDecided(this, outcome));
    }

    /// <summary>The decision's figures, once its clocks have stopped; a case is decided once, so they are recorded once.</summary>
    public void RecordFigures(Reports.DecisionFigures figures) =>
        (FiguresRecorded, CommittedOnTime, StatutoryOnTime, TimeCut) = DecidedAtUtc is null || FiguresRecorded
            ? throw new DomainConflictException($"办件 {CaseNo} is not decided or already has its figures.")
            : (true, figures.CommittedOnTime, figures.StatutoryOnTime, figures.TimeCut);

    public void ConfirmDelivered(DateTime now, string by = "system", string? signedBy = null)
    {
        if (Status != CaseStatus.Delivering) throw new DomainConflictException($"办件 {CaseNo} is {Status}, not being delivered.");
        DeliveredAtUtc = now;
        UpdatedAtUtc = now;
        AddDomainEvent(new CaseDelivered(this, now, by, signedBy));
    }

    /// <summary>办结即归档: every outcome ends here (docs/decisions.md, decision 8).</summary>
    public void Archive(DateTime now)
    {
        if (Outcome == CaseOutcome.None) throw new DomainConflictException($"办件 {CaseNo} has no outcome yet; only a decided case is archived.");
        EnterStatus(CaseStatus.Archived, now);
        ArchivedAtUtc = now;
    }

    public void Cancel(DateTime now) => EnterStatus(CaseStatus.Cancelled, now);

    // ── The applicant's acts at the window (补正, 签收): guarded here; the waiting step takes their payload in. ──

    /// <summary>补正: only a case awaiting a supplement takes one; the payload the waiting step reads.</summary>
    public JsonObject TakeSupplement(IReadOnlyList<MaterialInput> materials, JsonObject? form)
    {
        if (Status != CaseStatus.AwaitingSupplement) throw new DomainConflictException($"办件 {CaseNo} is {Status}, not awaiting a supplement.");
        return new JsonObject
        {
            ["materials"] = new JsonArray(materials.Select(m => (JsonNode)new JsonObject { ["code"] = m.Code, ["state"] = m.State }).ToArray()),
            ["form"] = form?.DeepClone(),
        };
    }

    /// <summary>Whether materials are handed in with their originals checked (原件核验).</summary>
    public static bool HandsInOriginals(IEnumerable<MaterialInput> materials) =>
        materials.Any(m => string.Equals(m.State, nameof(MaterialState.OriginalVerified), StringComparison.OrdinalIgnoreCase));

    /// <summary>签收: the courier's confirmation matches the case's mailing by waybill; the payload the waiting step reads.</summary>
    public JsonObject TakeDeliveryConfirmation(string? waybill, string? signedBy)
    {
        if (string.IsNullOrWhiteSpace(waybill) || waybill != Waybill)
            throw new DomainValidationException("waybill", "The waybill does not match the case's mailing.");
        return new JsonObject { ["signedBy"] = signedBy };
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))]
public enum CaseStatus { Received, InReview, AwaitingSupplement, Accepted, Pushed, InApproval, Decided, Delivering, Archived, Cancelled }

[JsonConverter(typeof(JsonStringEnumConverter<CaseOutcome>))]
public enum CaseOutcome { None, Approved, Rejected, NotAccepted }

/// <summary>窗口, 网上, 12345.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Channel>))]
public enum Channel { Window, Online, Hotline12345 }

/// <summary>全程网办, 异地代收代办, 多地联办, 就地批办, 即办.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandlingMode>))]
public enum HandlingMode { FullyOnline, RemoteIntake, MultiDepartment, LocalApproval, Immediate }

public sealed class Applicant
{
    public string Name { get; set; } = "";
    public string IdNumber { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? Address { get; set; }
}

public sealed class CaseMaterial
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Required { get; set; }
    public MaterialState State { get; set; } = MaterialState.Missing;
    public string? Note { get; set; }
    /// <summary>The supplement round that first handed it in (0: at intake; null: never handed in).</summary>
    public int? IntroducedInRound { get; set; }
    /// <summary>The notice round that listed it (一次性告知), if any.</summary>
    public int? NoticedInRound { get; set; }
}

public enum AssistanceKind { Assisted, Agent }

/// <summary>帮办 (the clerk acts for the applicant) or 代办 (an agent with ID applies for them); recorded on the case.</summary>
public sealed class Assistance
{
    public AssistanceKind Kind { get; set; }
    public string Reason { get; set; } = "";
    /// <summary>The clerk who helped (帮办), or who took the agent's application (代办).</summary>
    public string ClerkUserName { get; set; } = "";
    public string? AgentName { get; set; }
    public string? AgentIdNumber { get; set; }
    public string? AgentPhone { get; set; }
}

/// <summary>Submitted, original verified, taken from an electronic licence (免提交), or missing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MaterialState>))]
public enum MaterialState { Missing, Submitted, OriginalVerified, ElectronicLicence }
