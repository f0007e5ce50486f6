using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Server.Setup;

/// <summary>
/// Document-wide parts: the title, the security schemes (bearer token; cookie <c>caseflow.auth</c> with the X-CSRF-TOKEN header
/// on writes), a description for every tag, and the problem schemas and responses the operations refer to.
/// </summary>
public sealed class OpenApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";
    public const string CookieScheme = "cookie";
    public const string CsrfScheme = "csrf";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info ??= new OpenApiInfo();
        document.Info.Title = "CaseFlow API";
        document.Info.Description = "跨域通办办件系统接口。错误均为 RFC 9457 problem details（application/problem+json），type 为 urn:caseflow:problem:*。";

        // The server is the one the document was asked from; linters (and URL joining in clients) want it without a trailing slash.
        foreach (var server in document.Servers ?? [])
            if (server.Url is { Length: > 1 } url && url.EndsWith('/')) server.Url = url.TrimEnd('/');

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "POST /api/auth/login 返回的 accessToken，放在 Authorization: Bearer 头中（脚本与系统对接）。",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "caseflow.auth",
            Description = "POST /api/auth/login 且 useCookies=true 时设置的登录 Cookie（网页使用）。",
        };
        document.Components.SecuritySchemes[CsrfScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-CSRF-TOKEN",
            Description = "Cookie 登录时的写操作须带 GET /api/auth/csrf 取得的令牌；Bearer 请求不需要。",
        };

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(OpenApiProblemResponses.ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, ct));
        document.Components.Schemas.TryAdd(OpenApiProblemResponses.ValidationProblemSchema,
            await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), null, ct));
        document.Components.Schemas[OpenApiProblemResponses.ForbiddenProblemSchema] = OpenApiProblemResponses.ForbiddenSchema(document);

        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        foreach (var response in OpenApiProblemResponses.All)
            document.Components.Responses[response.Name] = OpenApiProblemResponses.Build(response, document);

        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var (name, description) in OpenApiSetup.TagDescriptions)
        {
            var tag = document.Tags.FirstOrDefault(t => t.Name == name);
            if (tag is null) document.Tags.Add(tag = new OpenApiTag { Name = name });
            tag.Description = description;
        }
    }
}
