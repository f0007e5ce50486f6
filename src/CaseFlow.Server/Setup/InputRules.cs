using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Rights;
using CaseFlow.Server.Admin;
using CaseFlow.Server.Cases;
using CaseFlow.Server.Definitions;
using CaseFlow.Server.Incidents;
using CaseFlow.Server.Tasks;
using CaseFlow.Workflows.Definitions;
using static CaseFlow.Server.Setup.InputLimits;

namespace CaseFlow.Server.Setup;

/// <summary>
/// The bounds of every request body (and bundled query) the API takes, checked before the handler runs, so bad input
/// answers 400 naming each field and changes nothing: one endpoint filter (<see cref="WithInputRules{TBuilder}"/>, on every
/// endpoint group in Program.cs) and one switch over the request types (<see cref="Add"/>). The domain keeps the rules that
/// need the database (an item exists, a situation belongs to it); a list's own query parameters use <see cref="InputCheck"/>
/// directly. Limits: <see cref="InputLimits"/>.
/// </summary>
public static class InputRules
{
    /// <summary>Adds the check to every endpoint of the group that takes a request type known here (the others pay nothing).</summary>
    public static TBuilder WithInputRules<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var services = factory.ApplicationServices.GetService<IServiceProviderIsService>();
            var checkedArguments = factory.MethodInfo.GetParameters().Select((p, i) => (p.ParameterType, i))
                .Where(p => IsRequestType(p.ParameterType, services)).Select(p => p.i).ToArray();
            if (checkedArguments.Length == 0) return next;
            return context =>
            {
                var check = new InputCheck();
                foreach (var i in checkedArguments) Add(check, context.Arguments[i], context.HttpContext);
                check.ThrowIfAny();
                return next(context);
            };
        });

    // A request type is one of ours (CaseFlow.*) that is not a service: Add's switch alone says how each is checked (a type
    // it does not name passes untouched), so there is no second list of types to keep equal to it.
    private static bool IsRequestType(Type type, IServiceProviderIsService? services) =>
        type.Namespace?.StartsWith("CaseFlow.", StringComparison.Ordinal) == true && services?.IsService(type) != true;

    public static void Add(InputCheck check, object? argument, HttpContext http)
    {
        switch (argument)
        {
            case ApplyRequest r:
                check.Text("itemCode", r.ItemCode, Code, required: true).Text("situationCode", r.SituationCode, Code, required: true)
                    .Text("windowCode", r.WindowCode, Code).Text("deliveryAddress", r.DeliveryAddress, Address)
                    .NotNumber("deliveryMethod", r.DeliveryMethod).NotNumber("channel", r.Channel).Json("form", r.Form);
                Applicant(check, "applicant", r.Applicant);
                Materials(check, r.Materials, statesCheckedByDomain: true);
                if (r.Assistance is { } help)
                {
                    check.NotNumber("assistance.kind", help.Kind).Text("assistance.reason", help.Reason, InputLimits.Text);
                    if (help.Agent is not null) Applicant(check, "assistance.agent", help.Agent);
                }
                break;
            case SupplementRequest r:
                Materials(check, r.Materials);
                check.Json("form", r.Form);
                break;
            case DeliveryConfirmation r: check.Text("waybill", r.Waybill, Code, required: true).Text("signedBy", r.SignedBy, PersonName); break;
            case StartExclusionRequest r: check.Text("note", r.Note, InputLimits.Text); break;
            case ExtensionRequest r: check.Text("reason", r.Reason, InputLimits.Text); break;
            case CompleteTaskRequest r: check.Text("outcome", r.Outcome, Code).Json("data", r.Data); break;
            case ReturnTaskRequest r: check.Text("toActivityId", r.ToActivityId, Code).Text("reason", r.Reason, InputLimits.Text); break;
            case WithdrawTaskRequest r: check.Text("reason", r.Reason, InputLimits.Text); break;
            case TransferTaskRequest r: check.Text("toUser", r.ToUser, Code).Text("toRole", r.ToRole, Code).Text("reason", r.Reason, InputLimits.Text); break;
            case CommentRequest r: check.Text("text", r.Text, InputLimits.Text); break;
            case UrgeRequest r: check.Text("message", r.Message, InputLimits.Text); break;
            case DelegationRequest r:
                check.Text("toUser", r.ToUser, Code).Text("reason", r.Reason, InputLimits.Text);
                Delegation(check, r, http.RequestServices.GetRequiredService<DomainClock>().TodayInChina);
                break;
            case InboxFilter f:
                check.Text("itemCode", f.ItemCode, Code).Text("region", f.Region, Code).Text("q", f.Q, Query).Text("caseNo", f.CaseNo, Code)
                    .Text("sort", f.Sort, Code).Date("from", f.From).Date("to", f.To).Paging(f.Page, f.PageSize)
                    .QueryName<CaseStatus>(http.Request, "status").QueryName<CaseFlow.Domain.Deadlines.SlaLevel>(http.Request, "level");
                break;
            case RetryIncidentRequest r: check.Json("variables", r.Variables); break;
            case CancelIncidentRequest r: check.Text("reason", r.Reason, InputLimits.Text); break;
            case NewOrgUnit r:
                check.Text("code", r.Code, Code).Text("name", r.Name, DisplayName).Text("kind", r.Kind, Code)
                    .Text("parentCode", r.ParentCode, Code).Text("category", r.Category, Code);
                break;
            case RightGrantInput r:
                check.Text("window", r.Window, Code).Text("right", r.Right, Code).NotNumber("right", r.Right).Text("implementationCode", r.ImplementationCode, Code)
                    .Text("category", r.Category, Code).Text("validFrom", r.ValidFrom, Code).Text("validTo", r.ValidTo, Code);
                break;
            case NewUser r:
                check.Text("userName", r.UserName, Code).Text("displayName", r.DisplayName, DisplayName).Text("password", r.Password, Password);
                Memberships(check, r.Memberships);
                break;
            case SetMembershipsRequest r: Memberships(check, r.Memberships); break;
            case SetPasswordRequest r: check.Text("password", r.Password, Password); break;
            case WorkflowDefinition d: Definition(check, "", d); break;
            case DryRunRequest r:
                if (r.Definition is not null) Definition(check, "definition.", r.Definition);
                check.Count("choices", r.Choices, Activities).Json("variables", r.Variables).Json("case", r.Case);
                foreach (var (node, port) in r.Choices ?? []) check.Text($"choices.{node}", port, Code);
                break;
        }
    }

    private static void Applicant(InputCheck check, string path, ApplicantInput? a)
    {
        if (a is null) return;
        check.Text($"{path}.name", a.Name, PersonName).Text($"{path}.idNumber", a.IdNumber, IdNumber).Text($"{path}.phone", a.Phone, Phone)
            .Text($"{path}.address", a.Address, Address);
    }

    /// <summary>At application the domain checks each state's name (under <c>materials</c>); a supplement's states are checked here only.</summary>
    private static void Materials(InputCheck check, IReadOnlyList<MaterialInput>? materials, bool statesCheckedByDomain = false)
    {
        check.Count("materials", materials, InputLimits.Materials);
        if (materials is null || materials.Count > InputLimits.Materials) return;
        for (var i = 0; i < materials.Count; i++)
            if (materials[i] is { } m)
            {
                check.Text($"materials[{i}].code", m.Code, Code, required: true);
                if (statesCheckedByDomain) check.NotNumber($"materials[{i}].state", m.State);
                else check.Name<MaterialState>($"materials[{i}].state", m.State);
            }
    }

    private static void Memberships(InputCheck check, IReadOnlyList<MembershipInput>? memberships)
    {
        check.Count("memberships", memberships, InputLimits.Memberships);
        if (memberships is null || memberships.Count > InputLimits.Memberships) return;
        for (var i = 0; i < memberships.Count; i++)
            if (memberships[i] is { } m) check.Text($"memberships[{i}].orgUnit", m.OrgUnit, Code).Text($"memberships[{i}].role", m.Role, Code);
    }

    /// <summary>委托: from yesterday at the earliest, at most a year long; the domain checks the rest (the user, to ≥ from).</summary>
    private static void Delegation(InputCheck check, DelegationRequest r, DateOnly today)
    {
        if (r.From is { } from && from < today.AddDays(-DelegationDaysBack))
            check.Fail("from", $"A delegation starts at the earliest on {today.AddDays(-DelegationDaysBack):yyyy-MM-dd} (yesterday).");
        if (r.From is { } start && r.To is { } end && end > start.AddYears(DelegationMaxYears))
            check.Fail("to", $"A delegation lasts at most {DelegationMaxYears} year: the last day is {start.AddYears(DelegationMaxYears):yyyy-MM-dd} at the latest.");
    }

    private static void Definition(InputCheck check, string prefix, WorkflowDefinition d)
    {
        foreach (var problem in DefinitionShape.Problems(d)) check.Fail(prefix + problem.Path, problem.Message);
        check.Text(prefix + "definitionId", d.DefinitionId, Code).Text(prefix + "name", d.Name, DisplayName).Text(prefix + "description", d.Description, InputLimits.Text)
            .Json(prefix + "variables", d.Variables);
        if (d.Root is not { } root) return;
        check.Count(prefix + "root.activities", root.Activities, Activities).Count(prefix + "root.connections", root.Connections, Activities);
        if (root.Activities is { Count: <= Activities } nodes)
            for (var i = 0; i < nodes.Count; i++)
                if (nodes[i] is { } node)
                    check.Text($"{prefix}root.activities[{i}].id", node.Id, Code).Text($"{prefix}root.activities[{i}].type", node.Type, Code)
                        .Text($"{prefix}root.activities[{i}].name", node.Name, DisplayName).Json($"{prefix}root.activities[{i}].props", node.Props);
        if (root.Connections is { Count: <= Activities } connections)
            for (var i = 0; i < connections.Count; i++)
                if (connections[i] is { } c)
                    check.Text($"{prefix}root.connections[{i}].from", c.From, Code).Text($"{prefix}root.connections[{i}].to", c.To, Code)
                        .Text($"{prefix}root.connections[{i}].port", c.Port, Code);
    }
}
