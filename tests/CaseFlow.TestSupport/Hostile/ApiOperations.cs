using System.Text.Json.Nodes;

namespace CaseFlow.TestSupport.Hostile;

/// <summary>A parameter of an OpenAPI operation (path or query) with its resolved schema.</summary>
public sealed record ApiParameter(string Name, string In, JsonObject Schema);

/// <summary>One operation of the OpenAPI document: method, path template, parameters, JSON body schema (resolved), secured or anonymous.</summary>
public sealed record ApiOperation(string Method, string Path, string OperationId, IReadOnlyList<ApiParameter> Parameters, JsonObject? BodySchema, bool Secured)
{
    public string Key => $"{Method} {Path}";

    public IEnumerable<ApiParameter> InPath => Parameters.Where(p => p.In == "path");

    public IEnumerable<ApiParameter> InQuery => Parameters.Where(p => p.In == "query");

    /// <summary>The path with each <c>{name}</c> replaced by its (already escaped) value.</summary>
    public string Url(IReadOnlyDictionary<string, string> routeValues, string? query = null)
    {
        var url = Path;
        foreach (var p in InPath) url = url.Replace("{" + p.Name + "}", routeValues.TryGetValue(p.Name, out var v) ? v : "1", StringComparison.Ordinal);
        return query is null ? url : $"{url}?{query}";
    }
}

/// <summary>Reads the operations of an OpenAPI 3.1 document (as the server's /openapi/v1.json writes it) and resolves <c>$ref</c>s.</summary>
public sealed class ApiDocument(JsonObject document)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public IReadOnlyList<ApiOperation> Operations { get; } =
    [
        .. from path in document["paths"]!.AsObject()
           from entry in path.Value!.AsObject()
           where Methods.Contains(entry.Key)
           let operation = entry.Value!.AsObject()
           select new ApiOperation(entry.Key.ToUpperInvariant(), path.Key, operation["operationId"]?.GetValue<string>() ?? "",
               [.. (operation["parameters"]?.AsArray() ?? []).Select(p => new ApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(),
                   Resolve(document, p["schema"]) ?? []))],
               Resolve(document, operation["requestBody"]?["content"]?["application/json"]?["schema"]),
               operation["security"] is JsonArray { Count: > 0 }),
    ];

    /// <summary>The schema behind a <c>$ref</c>, and the non-null branch of a <c>oneOf [null, X]</c>.</summary>
    public JsonObject? Resolve(JsonNode? schema) => Resolve(document, schema);

    private static JsonObject? Resolve(JsonObject document, JsonNode? schema)
    {
        for (var depth = 0; schema is JsonObject node && depth < 8; depth++)
        {
            if (node["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = reference.TrimStart('#', '/').Split('/').Aggregate((JsonNode?)document, (n, segment) => n?[segment]);
                continue;
            }
            if (node["oneOf"] is JsonArray branches && branches.FirstOrDefault(b => b?["type"]?.ToString() != "null") is { } branch)
            {
                schema = branch;
                continue;
            }
            return node;
        }
        return null;
    }

    /// <summary>The schema's JSON type, ignoring <c>null</c> ("integer" wins over "string" for the ["integer","string"] the document writes for numbers).</summary>
    public static string TypeOf(JsonObject schema)
    {
        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };
        if (types.Contains("integer")) return "integer";
        if (types.Contains("number")) return "number";
        if (types.Count > 0) return types[0];
        if (schema["enum"] is not null) return "string";
        return schema["properties"] is not null ? "object" : "any";
    }

    public static bool IsEnum(JsonObject schema) => schema["enum"] is JsonArray { Count: > 0 };
}
