using CaseFlow.Domain;
using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Observability;

/// <summary>
/// Puts CaseId and CaseNo on every log line of a request to /api/cases/{id}… or /api/tasks/{id}… (README "Observability").
/// One indexed lookup of the case number, and only on those routes; other requests pass straight through.
/// </summary>
public sealed class CaseLogScopeMiddleware(RequestDelegate next, ILogger<CaseLogScopeMiddleware> log)
{
    public async Task InvokeAsync(HttpContext context, CaseFlowDbContext db)
    {
        var path = context.Request.Path;
        var onCase = path.StartsWithSegments("/api/cases");
        var onTask = !onCase && path.StartsWithSegments("/api/tasks");
        if ((!onCase && !onTask) || !long.TryParse(context.Request.RouteValues["id"]?.ToString(), out var id))
        {
            await next(context);
            return;
        }
        var found = onCase
            ? await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.CaseNo }).FirstOrDefaultAsync(context.RequestAborted)
            : await db.Tasks.AsNoTracking().Where(t => t.Id == id).Select(t => new { Id = t.CaseId, t.Case!.CaseNo }).FirstOrDefaultAsync(context.RequestAborted);
        using (found is null ? null : CaseLogScope.Begin(log, found.Id, found.CaseNo))
            await next(context);
    }
}
