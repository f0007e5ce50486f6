using System.Text;
using CaseFlow.Domain;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Common;
using CaseFlow.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Server.Admin;

public sealed record CalendarYearDto(int Year, string Region, string Source, int DaysOff, int ExtraWorkdays, DateTime LoadedAtUtc, string LoadedBy);

public sealed record CalendarStatusDto(IReadOnlyList<CalendarYearDto> Years, IReadOnlyList<string> Warnings, int ClocksOnFallback);

public sealed record CalendarLoadedDto(CalendarYearDto Year, int DeadlinesRecomputed);

/// <summary>工作日历: the loaded years, loading or replacing one (recomputing deadlines made on the Mon–Fri fallback), and warnings.</summary>
public static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/calendars").WithTags("Admin").RequireAuthorization();
        group.MapGet("/", List)
            .WithName("ListCalendarYears")
            .WithSummary("查看工作日历");
        group.MapGet("/{year:int}", Get)
            .WithName("GetCalendarYear")
            .WithSummary("查看某年工作日历");
        group.MapPut("/{year:int}", Load)
            .WithName("LoadCalendarYear")
            .WithSummary("导入或替换某年工作日历");
        return group;
    }

    public static async Task<Ok<CalendarStatusDto>> List(CaseFlowDbContext db, ActorAccessor actors, WorkCalendarProvider calendars, DomainClock clock, CancellationToken ct)
    {
        await actors.RequireAdminAsync(AdminsOnly, ct);
        var rows = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ThenBy(y => y.Region).ToListAsync(ct);
        var onFallback = await CountOnFallbackAsync(db, ct);
        return TypedResults.Ok(new CalendarStatusDto(rows.Select(ToDto).ToList(), calendars.Warnings(clock.TodayInChina, onFallback), onFallback));
    }

    /// <summary>The year as loaded, in the JSON form PUT takes (national unless <paramref name="region"/> is given).</summary>
    public static async Task<ContentHttpResult> Get(int year, CaseFlowDbContext db, ActorAccessor actors, CancellationToken ct, string? region = null)
    {
        await actors.RequireAdminAsync(AdminsOnly, ct);
        var row = await db.CalendarYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year && y.Region == (region ?? ""), ct)
            ?? throw new DomainNotFoundException($"No calendar is loaded for {year}{(string.IsNullOrEmpty(region) ? "" : " in region " + region)}.");
        return TypedResults.Content(row.Json, "application/json", Encoding.UTF8);
    }

    /// <summary>Loads or replaces a year; deadlines computed on the fallback are recomputed and each change is recorded on its case.</summary>
    public static async Task<Ok<CalendarLoadedDto>> Load(int year, HttpRequest request, CalendarLoader loader, ActorAccessor actors, CancellationToken ct)
    {
        var actor = await actors.RequireAdminAsync(AdminsOnly, ct);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var (row, recomputed) = await loader.LoadAsync(year, await reader.ReadToEndAsync(ct), actor, ct);
        return TypedResults.Ok(new CalendarLoadedDto(ToDto(row), recomputed));
    }

    public static Task<int> CountOnFallbackAsync(CaseFlowDbContext db, CancellationToken ct) =>
        db.Clocks.CountAsync(c => c.OnFallback && c.StoppedAtUtc == null, ct);

    private static CalendarYearDto ToDto(CalendarYearRecord row)
    {
        var data = CalendarYearData.Parse(row.Json);
        return new CalendarYearDto(row.Year, row.Region, row.Source, data.DaysOff.Count, data.ExtraWorkdays.Count, row.LoadedAtUtc, row.LoadedBy);
    }

    private const string AdminsOnly = "Calendars are managed by administrators.";
}

/// <summary>Degraded (still serving) while a year that deadlines need has no calendar data.</summary>
public sealed class CalendarHealthCheck(IServiceScopeFactory scopes, WorkCalendarProvider calendars, DomainClock clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var onFallback = await CalendarEndpoints.CountOnFallbackAsync(scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>(), ct);
        var warnings = calendars.Warnings(clock.TodayInChina, onFallback);
        return warnings.Count == 0 ? HealthCheckResult.Healthy("工作日历完整") : HealthCheckResult.Degraded(string.Join(" ", warnings));
    }
}
