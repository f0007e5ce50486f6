using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace CaseFlow.Server.Setup;

/// <summary>
/// What every operation needs and can answer, derived from its endpoint metadata so a new endpoint gets it without a line:
/// <list type="bullet">
/// <item>authorization required → a bearer or cookie security requirement (cookie writes also send X-CSRF-TOKEN), 401, and 403
/// (a missing role or window right, or a disabled account); anonymous endpoints (login, public tracking) have none;</item>
/// <item>route parameters → 404 (missing, or not visible to the caller);</item>
/// <item>writes, or reads taking query parameters → 400 with field errors; authorized writes → 409;</item>
/// <item>rate limited → 429; every operation → 503 (a busy database, with Retry-After);</item>
/// <item>a problem status the endpoint declares itself (<c>.ProducesProblem(401)</c> on login) → that response.</item>
/// </list>
/// </summary>
public sealed class OpenApiOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var document = context.Document ?? throw new InvalidOperationException("The operation transformer needs the document to refer to its components.");
        var method = description.HttpMethod ?? "GET";
        var isWrite = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        var isAuthorized = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var parameters = description.ParameterDescriptions;
        var hasRouteParameters = parameters.Any(p => p.Source == BindingSource.Path);
        var hasInput = parameters.Any(p => p.Source != BindingSource.Path && p.Source != BindingSource.Services && p.Source != BindingSource.Special);

        var statuses = new SortedSet<int>(metadata.OfType<IProducesResponseTypeMetadata>()
            .Where(m => m.StatusCode >= 400 && OpenApiProblemResponses.All.Any(r => r.Status == m.StatusCode)).Select(m => m.StatusCode));
        if (isWrite || hasInput) statuses.Add(400);
        if (isAuthorized) statuses.UnionWith([401, 403]);
        if (hasRouteParameters) statuses.Add(404);
        if (isWrite && isAuthorized) statuses.Add(409);
        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) statuses.Add(429);
        statuses.Add(503);

        // The success responses as generated, then the problem responses in status order.
        var responses = new OpenApiResponses();
        foreach (var (status, response) in operation.Responses ?? [])
            if (!int.TryParse(status, out var code) || !statuses.Contains(code)) responses[status] = response;
        foreach (var status in statuses)
            responses[status.ToString()] = new OpenApiResponseReference(OpenApiProblemResponses.ForStatus(status).Name, document);
        operation.Responses = responses;

        operation.Security = isAuthorized
            ?
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiDocumentTransformer.BearerScheme, document)] = [] },
                isWrite
                    ? new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(OpenApiDocumentTransformer.CookieScheme, document)] = [],
                        [new OpenApiSecuritySchemeReference(OpenApiDocumentTransformer.CsrfScheme, document)] = [],
                    }
                    : new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiDocumentTransformer.CookieScheme, document)] = [] },
            ]
            : [];
        return Task.CompletedTask;
    }
}
