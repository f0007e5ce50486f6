using AutoMapper;

namespace CaseFlow.Server.Setup;

/// <summary>Entities to wire shapes: each feature's profile lives beside its endpoints and DTOs; they are registered together here.</summary>
public static class ApiProfiles
{
    public static void AddApiProfiles(this IMapperConfigurationExpression cfg)
    {
        cfg.AddProfile<Cases.CaseProfile>();
        cfg.AddProfile<Tasks.TaskProfile>();
        cfg.AddProfile<Catalog.CatalogProfile>();
        cfg.AddProfile<Definitions.DefinitionProfile>();
        cfg.AddProfile<Incidents.IncidentProfile>();
        cfg.AddProfile<Reports.ReportProfile>();
    }
}

/// <summary>One page of a list, with the total it was cut from.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);
