using CaseFlow.Domain;
using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CaseFlow.Server.Observability;

/// <summary>
/// Puts CaseId and CaseNo on every log line of a request to /api/cases/{id}… or /api/tasks/{id}… (README "Observability").
/// A case's number and a task's case never change, so each is looked up once (an indexed read) and then kept in a bounded
/// cache: the inbox and case pages ask for the same few cases again and again, and this runs on every such request.
/// </summary>
public sealed class CaseLogScopeMiddleware(RequestDelegate next, ILogger<CaseLogScopeMiddleware> log) : IDisposable
{
    private readonly MemoryCache _known = new(new MemoryCacheOptions { SizeLimit = 20_000 });

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
        var key = (onCase, id);
        if (!_known.TryGetValue(key, out (long CaseId, string CaseNo) found))
        {
            var row = onCase
                ? await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.CaseNo }).FirstOrDefaultAsync(context.RequestAborted)
                : await db.Tasks.AsNoTracking().Where(t => t.Id == id).Select(t => new { Id = t.CaseId, t.Case!.CaseNo }).FirstOrDefaultAsync(context.RequestAborted);
            if (row is not null)
            {
                found = (row.Id, row.CaseNo);
                _known.Set(key, found, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
            }
        }
        using (found.CaseNo is null ? null : CaseLogScope.Begin(log, found.CaseId, found.CaseNo))
            await next(context);
    }

    public void Dispose() => _known.Dispose();
}
