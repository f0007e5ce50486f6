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
        cfg.AddProfile<Reports.RatingReportProfile>();
        cfg.AddProfile<Ratings.RatingProfile>();
        cfg.AddProfile<Reports.DailyReportProfile>();
        cfg.AddProfile<Cases.CaseWorkflowProfile>();
        cfg.AddProfile<Ratings.RectificationProfile>();
        cfg.AddProfile<Reports.RectificationReportProfile>();
    }
}

/// <summary>One page of a list, with the total it was cut from.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

public static class Paging
{
    /// <summary>
    /// How many rows to skip for a page, or null when the page lies beyond the last (it answers empty, with the total). In
    /// 64-bit arithmetic, so <c>page=2147483647</c> neither overflows into page 1 nor reaches the database.
    /// </summary>
    public static int? Skip(int page, int pageSize, int total)
    {
        var skip = (long)(page - 1) * pageSize;
        return skip >= total && skip > 0 ? null : (int)skip;
    }
}
