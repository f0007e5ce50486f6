using CaseFlow.Domain;
using CaseFlow.Domain.Org;
using CaseFlow.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Admin;

/// <summary>One org unit; <c>depth</c> 0 for a province, so the list (in tree order) indents into a tree.</summary>
public sealed record OrgUnitDto(string Code, string Name, OrgUnitKind Kind, string? ParentCode, string? Category, int Depth);

/// <summary>The org tree (regions, departments, windows); administrators only.</summary>
public static class OrgAdminEndpoints
{
    public static RouteGroupBuilder MapOrgAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/org-units").WithTags("Admin").RequireAuthorization();
        group.MapGet("/", List)
            .WithName("ListOrgUnits")
            .WithSummary("查看组织机构");
        group.MapPost("/", Create)
            .WithName("CreateOrgUnit")
            .WithSummary("新增组织机构");
        return group;
    }

    /// <summary>Every unit in tree order (parents before children), or the subtree of <paramref name="under"/>.</summary>
    public static async Task<Ok<List<OrgUnitDto>>> List(OrgDirectory org, CaseFlowDbContext db, ActorAccessor actors, CancellationToken ct, string? under = null)
    {
        await actors.RequireAdminAsync(UserAdminEndpoints.AdminsOnly, ct);
        var units = await org.ListAsync(under, ct);
        var codes = await db.OrgUnits.AsNoTracking().Select(o => new { o.Id, o.Code }).ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        return TypedResults.Ok(units.Select(u => ToDto(u, u.ParentId is { } p ? codes.GetValueOrDefault(p) : null)).ToList());
    }

    /// <summary>Adds a unit: <c>{code, name, kind, parentCode, category}</c> (category for departments only).</summary>
    public static async Task<Created<OrgUnitDto>> Create(NewOrgUnit request, OrgDirectory org, ActorAccessor actors, CancellationToken ct)
    {
        await actors.RequireAdminAsync(UserAdminEndpoints.AdminsOnly, ct);
        var unit = await org.CreateAsync(request, ct);
        return TypedResults.Created($"/api/admin/org-units?under={Uri.EscapeDataString(unit.Code)}", ToDto(unit, string.IsNullOrWhiteSpace(request.ParentCode) ? null : request.ParentCode.Trim()));
    }

    private static OrgUnitDto ToDto(OrgUnit u, string? parentCode) => new(u.Code, u.Name, u.Kind, parentCode, u.Category, u.Path.Count(c => c == '/') - 2);
}
