using System.Text.Json.Nodes;
using CaseFlow.Domain.Catalog;

namespace CaseFlow.Domain.Cases;

/// <summary>What expressions see as <c>case</c>: a JSON copy, never the entity (docs/decisions.md, decision 16). No personal data.</summary>
public static class CaseSnapshot
{
    public static JsonObject Of(Case @case) => new()
    {
        ["id"] = @case.Id,
        ["caseNo"] = @case.CaseNo,
        ["status"] = Camel(@case.Status.ToString()),
        ["outcome"] = Camel(@case.Outcome.ToString()),
        ["itemCode"] = @case.ImplementationCode,
        ["itemName"] = @case.ItemName,
        ["situation"] = @case.SituationCode,
        ["caseType"] = Camel((@case.ServiceItem?.CaseType ?? CaseType.Committed).ToString()),
        ["acceptedBy"] = Camel((@case.ServiceItem?.AcceptedBy ?? AcceptingSide.Window).ToString()),
        ["accepted"] = @case.AcceptedAtUtc is not null,
        ["deliveryMethod"] = Camel(@case.DeliveryMethod.ToString()),
        ["handlingMode"] = Camel(@case.HandlingMode.ToString()),
        ["channel"] = Camel(@case.Channel.ToString()),
        ["supplementRounds"] = @case.SupplementRounds,
        ["trips"] = @case.Trips,
        ["homeRegion"] = @case.HomeRegionCode,
        ["form"] = @case.FormData,
        ["materials"] = new JsonArray(@case.Materials.Select(m => (JsonNode)new JsonObject
        {
            ["code"] = m.Code, ["name"] = m.Name, ["required"] = m.Required, ["state"] = Camel(m.State.ToString()),
        }).ToArray()),
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
