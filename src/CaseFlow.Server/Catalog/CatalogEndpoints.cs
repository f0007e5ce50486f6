using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Domain;
using CaseFlow.Domain.Common;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Catalog;

public static class CatalogEndpoints
{
    public static RouteGroupBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalog").WithTags("Catalog").RequireAuthorization();
        group.MapGet("/items", ListItems)
            .WithName("ListServiceItems")
            .WithSummary("查询办事事项");
        group.MapGet("/items/{code}", GetItem)
            .WithName("GetServiceItem")
            .WithSummary("查看办事事项");
        group.MapGet("/items/{code}/versions/{version:int}", GetItemVersion)
            .WithName("GetServiceItemVersion")
            .WithSummary("查看办事事项的某一版本");
        return group;
    }

    public static async Task<Ok<List<ServiceItemSummaryDto>>> ListItems(CaseFlowDbContext db, IMapper mapper, CancellationToken ct, string? q = null)
    {
        new InputCheck().Text("q", q, InputLimits.Query).ThrowIfAny();
        var items = db.ServiceItems.AsNoTracking().Where(s => s.IsCurrent);
        if (!string.IsNullOrWhiteSpace(q)) items = items.Where(s => s.Name.Contains(q) || s.ImplementationCode == q || s.BasicCode == q);
        return TypedResults.Ok(await items.OrderBy(s => s.Name).ProjectTo<ServiceItemSummaryDto>(mapper.ConfigurationProvider).ToListAsync(ct));
    }

    public static async Task<Ok<ServiceItemDto>> GetItem(string code, CaseFlowDbContext db, IMapper mapper, CancellationToken ct)
    {
        var item = await db.ServiceItems.AsNoTracking().SingleOrDefaultAsync(s => s.ImplementationCode == code && s.IsCurrent, ct)
            ?? throw new DomainNotFoundException($"No current service item has the implementation code '{code}'.");
        return TypedResults.Ok(mapper.Map<ServiceItemDto>(item));
    }

    public static async Task<Ok<ServiceItemDto>> GetItemVersion(string code, int version, CaseFlowDbContext db, IMapper mapper, CancellationToken ct)
    {
        var item = await db.ServiceItems.AsNoTracking().SingleOrDefaultAsync(s => s.ImplementationCode == code && s.Version == version, ct)
            ?? throw new DomainNotFoundException($"Service item '{code}' has no version {version}.");
        return TypedResults.Ok(mapper.Map<ServiceItemDto>(item));
    }
}
