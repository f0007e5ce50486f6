using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CaseFlow.Server.Setup;

/// <summary>
/// The problem responses (RFC 9457, <c>application/problem+json</c>) as reusable components, one per status, each listing the
/// <c>urn:caseflow:problem:*</c> types it carries (as named examples) — the types <see cref="ProblemExceptionHandler"/> writes.
/// </summary>
public static class OpenApiProblemResponses
{
    public const string ContentType = "application/problem+json";
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "HttpValidationProblemDetails";
    public const string ForbiddenProblemSchema = "ForbiddenProblemDetails";

    private const string Prefix = ProblemExceptionHandler.TypePrefix;

    /// <summary>A documented problem type: its status, <c>type</c>, title, and an example body.</summary>
    public sealed record ProblemType(string Kind, string Type, string Title, string Detail, JsonObject? Extensions = null);

    /// <summary>A problem response: its component name, status, description, body schema and the types it carries.</summary>
    public sealed record ProblemResponse(string Name, int Status, string Description, string Schema, IReadOnlyList<ProblemType> Types);

    public static readonly IReadOnlyList<ProblemResponse> All =
    [
        new("BadRequest", 400, "请求无效：字段不符合规则（errors 按字段列出规则）、请求无法读取，或 Cookie 登录的写操作缺少 X-CSRF-TOKEN。不做任何更改。",
            ValidationProblemSchema,
        [
            new("validation", Prefix + "validation", "The request is not valid.", "pageSize must be between 1 and 200.",
                new JsonObject { ["errors"] = new JsonObject { ["pageSize"] = new JsonArray("pageSize must be between 1 and 200.") } }),
            new("bad-request", Prefix + "bad-request", "The request could not be read.", "Failed to read parameter \"long id\" from the request body as JSON."),
            new("csrf", Prefix + "csrf", "Missing or invalid CSRF token.", "Send the token from GET /api/auth/csrf in the X-CSRF-TOKEN header."),
        ]),
        new("Unauthorized", 401, "未登录或登录已失效；登录接口用户名或密码错误时为 urn:caseflow:problem:sign-in。", ProblemSchema,
        [
            new("unauthenticated", Prefix + "unauthenticated", "Unauthorized", "Sign in (cookie or bearer token) first."),
            new("sign-in", Prefix + "sign-in", "Wrong user name or password.", "Wrong user name or password."),
        ]),
        new("Forbidden", 403, "无权办理：缺少所需角色，或受理窗口缺少所需窗口权限（right、rightName、window、implementationCode 指明），或账号已停用。不做任何更改。",
            ForbiddenProblemSchema,
        [
            new("forbidden", Prefix + "forbidden", "You may not do this.", "Users, org units and window rights are managed by administrators (role admin)."),
            new("forbidden-right", Prefix + "forbidden", "You may not do this.", "Window 500103-W01 holds no 形式审查权 for this item.",
                new JsonObject { ["right"] = "FormReview", ["rightName"] = "形式审查权", ["window"] = "500103-W01", ["implementationCode"] = "11500000MB1234567X000107001000" }),
        ]),
        new("NotFound", 404, "不存在，或对当前用户不可见（按组织范围）。", ProblemSchema,
            [new("not-found", Prefix + "not-found", "Not found.", "Case 42 not found.")]),
        new("Conflict", 409, "与当前状态冲突：状态不允许此操作、任务已被他人签收、他人先做了修改，或同一编码已存在。不做任何更改。", ProblemSchema,
            [new("conflict", Prefix + "conflict", "The request conflicts with the current state.", "Task 7 is claimed by someone else.")]),
        new("TooManyRequests", 429, "请求过于频繁（公开查询按客户端地址限流），请稍后再试。", ProblemSchema,
            [new("rate-limited", Prefix + "rate-limited", "Too Many Requests", "Too many lookups from this address; try again in a minute.")]),
        new("ServiceUnavailable", 503, "数据库繁忙，请按 Retry-After 稍后重试。", ProblemSchema,
            [new("busy", Prefix + "busy", "The database is busy; try again shortly.", "database is locked")]),
    ];

    public static ProblemResponse ForStatus(int status) => All.Single(r => r.Status == status);

    /// <summary>The component for one problem response: its schema by reference, an example per problem type.</summary>
    public static OpenApiResponse Build(ProblemResponse response, OpenApiDocument document)
    {
        var media = new OpenApiMediaType
        {
            Schema = new OpenApiSchemaReference(response.Schema, document),
            Examples = response.Types.ToDictionary(t => t.Kind, t => (IOpenApiExample)new OpenApiExample
            {
                Summary = t.Type,
                Value = Body(t, response.Status),
            }),
        };
        var built = new OpenApiResponse
        {
            Description = response.Description,
            Content = new Dictionary<string, OpenApiMediaType> { [ContentType] = media },
        };
        if (response.Status == 503)
            built.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "重试前等待的秒数。", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
            };
        return built;
    }

    private static JsonObject Body(ProblemType type, int status)
    {
        var body = new JsonObject { ["type"] = type.Type, ["title"] = type.Title, ["status"] = status, ["detail"] = type.Detail };
        foreach (var (key, value) in type.Extensions ?? []) body[key] = value?.DeepClone();
        return body;
    }

    /// <summary>A 403 problem, with the missing window right when that is why (see <see cref="ProblemExceptionHandler"/>).</summary>
    public static OpenApiSchema ForbiddenSchema(OpenApiDocument document) => new()
    {
        Description = "A refusal; when a window right is missing, which one, its Chinese name, the window and the item.",
        AllOf = [new OpenApiSchemaReference(ProblemSchema, document)],
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["right"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The missing window right (WindowRightKind), e.g. FormReview." },
            ["rightName"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Its Chinese name, e.g. 形式审查权." },
            ["window"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The intake window's code." },
            ["implementationCode"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The service item's implementation code." },
        },
    };
}
