using System.Text.Json;
using CaseFlow.Domain.Calendar;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Server.Setup;

/// <summary>/health as JSON, so a degraded check says why (e.g. a calendar year missing).</summary>
public static class HealthReportWriter
{
    // Readable Chinese in the reasons; the body is JSON for operators, never embedded in HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, Json));
    }
}

/// <summary>Office hours from configuration (<c>Calendar:TimeZone</c>, <c>Calendar:OfficeHours</c> as "09:00-12:00" periods).</summary>
public static class OfficeHoursConfig
{
    public static OfficeHours Read(IConfigurationSection section)
    {
        var zone = section["TimeZone"];
        var periods = section.GetSection("OfficeHours").Get<string[]>();
        if (zone is null && (periods is null || periods.Length == 0)) return OfficeHours.Default;
        var parsed = (periods is { Length: > 0 } ? periods : ["09:00-12:00", "13:30-17:30"]).Select(p =>
        {
            var parts = p.Split('-', 2, StringSplitOptions.TrimEntries);
            return parts.Length == 2 && TimeOnly.TryParse(parts[0], out var start) && TimeOnly.TryParse(parts[1], out var end)
                ? (start, end)
                : throw new InvalidOperationException($"Calendar:OfficeHours entry '{p}' is not a period like 09:00-12:00.");
        }).ToList();
        return new OfficeHours(TimeZoneInfo.FindSystemTimeZoneById(zone ?? "Asia/Shanghai"), parsed);
    }
}
