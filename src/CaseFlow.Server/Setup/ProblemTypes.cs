using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Server.Setup;

/// <summary>
/// Every problem the server writes carries a <c>urn:caseflow:problem:*</c> type, whichever part of the pipeline wrote it
/// (status code pages for 401/403/404/405/415, the framework's own 400s, the rate limiter). Types already set by
/// <see cref="ProblemExceptionHandler"/> or an endpoint stay as they are.
/// </summary>
public static class ProblemTypes
{
    private static readonly Dictionary<int, (string Kind, string Title)> ByStatus = new()
    {
        [400] = ("bad-request", "The request could not be read."),
        [401] = ("unauthenticated", "Sign in (cookie or bearer token) first."),
        [403] = ("forbidden", "You may not do this."),
        [404] = ("not-found", "Not found."),
        [405] = ("method-not-allowed", "This method is not allowed here."),
        [406] = ("not-acceptable", "No acceptable representation."),
        [409] = ("conflict", "The request conflicts with the current state."),
        [413] = ("too-large", "The request is too large."),
        [415] = ("unsupported-media-type", "Send the body as application/json."),
        [429] = ("rate-limited", "Too many requests; try again later."),
        [500] = ("internal", "An unexpected error occurred."),
        [503] = ("busy", "The service is busy; try again shortly."),
    };

    /// <summary>The urn type for a status (<c>urn:caseflow:problem:http-NNN</c> for one without a name).</summary>
    public static string For(int status) =>
        ProblemExceptionHandler.TypePrefix + (ByStatus.TryGetValue(status, out var known) ? known.Kind : $"http-{status}");

    public static IServiceCollection AddCaseFlowProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context => Apply(context.ProblemDetails, context.HttpContext));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // A body that fails to bind throws (in every environment), so ProblemExceptionHandler names the JSON path.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    private static void Apply(ProblemDetails problem, HttpContext context)
    {
        var status = problem.Status ?? context.Response.StatusCode;
        problem.Status = status;
        if (problem.Type is { } type && type.StartsWith(ProblemExceptionHandler.TypePrefix, StringComparison.Ordinal)) return;
        problem.Type = For(status);
        if (ByStatus.TryGetValue(status, out var known) && (problem.Detail is null)) problem.Detail = known.Title;
    }
}
