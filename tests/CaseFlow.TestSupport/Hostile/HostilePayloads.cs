using System.Text;
using System.Text.Json.Nodes;

namespace CaseFlow.TestSupport.Hostile;

/// <summary>A request body as bytes (sent as is: it may be invalid JSON or invalid UTF-8) and what it is, for a failure message.</summary>
public sealed record HostileBody(string Label, byte[] Bytes, string MediaType = "application/json");

/// <summary>
/// Hostile values for an operation's body, route and query, derived from its schema (issue 9, point 9): per property null,
/// the wrong JSON type, an unknown enum name and an integer for an enum, injection strings, a 1 MB string, numbers out of
/// range; per body invalid JSON, the wrong top-level type, 1000 levels of nesting, invalid UTF-8 and the wrong media type.
/// Sampled, not exhaustive: each string property gets one injection string (rotating) and only the first two get the 1 MB
/// string, so the walk over every operation stays within its time bound.
/// </summary>
public static class HostilePayloads
{
    public const int HugeLength = 1 << 20;

    public static readonly string Huge = new('A', HugeLength);

    public static readonly string[] Injections = ["' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "a\u0000b", "${7*7}{{7*7}}"];

    /// <summary>
    /// Bad route values (escaped for a URL): not a number, overflowing, negative, zero, unknown, traversal, "%00" as text,
    /// invalid UTF-8, injection. A raw <c>%00</c> in a path is not among them: the in-process TestServer refuses to build
    /// such a request (and Kestrel rejects it before any middleware), so only a server in its own process can see it.
    /// </summary>
    public static readonly string[] RouteValues =
        ["abc", "99999999999999999999999", "-1", "0", "987654321", "..%2F..%2Fetc%2Fpasswd", "%2500", "%C3%28", "%27%20OR%201%3D1%20--", "%3Cscript%3E", "1.5"];

    /// <summary>Bad query values (escaped): not a number, overflowing, negative, an unknown enum name, injection, NUL, invalid UTF-8, a long string.</summary>
    public static readonly string[] QueryValues =
        ["abc", "99999999999999999999999", "-1", "2147483647", "NoSuch", "%27%20OR%201%3D1%20--", "%3Cscript%3E", "%00", "%C3%28", new string('q', 5000)];

    /// <summary>A body of the schema's shape with plain values (the base for an operation without a known good body).</summary>
    public static JsonNode? Sample(ApiDocument document, JsonObject? schema, int depth = 0)
    {
        if (schema is null || depth > 4) return null;
        if (ApiDocument.IsEnum(schema)) return JsonValue.Create(schema["enum"]![0]!.ToString());
        return ApiDocument.TypeOf(schema) switch
        {
            "object" => new JsonObject((schema["properties"]?.AsObject() ?? [])
                .Select(p => KeyValuePair.Create(p.Key, Sample(document, document.Resolve(p.Value), depth + 1)))),
            "array" => new JsonArray(Sample(document, document.Resolve(schema["items"]), depth + 1)),
            "integer" or "number" => JsonValue.Create(1),
            "boolean" => JsonValue.Create(false),
            "string" => JsonValue.Create(schema["format"]?.GetValue<string>() switch { "date" => "2026-12-01", "date-time" => "2026-12-01T02:00:00Z", _ => "x" }),
            _ => new JsonObject(),
        };
    }

    /// <summary>Every hostile body for the operation's schema, built from <paramref name="good"/> (a body the operation accepts).</summary>
    public static IEnumerable<HostileBody> Bodies(ApiDocument document, JsonObject schema, JsonNode good)
    {
        var slots = Slots(document, schema, good).ToList();
        yield return Raw("invalid JSON", "{\"a\": ");
        yield return Raw("an array for the object", "[]");
        yield return Raw("a number for the object", "42");
        yield return Raw("an empty body", "");
        yield return new HostileBody("the wrong media type", Encoding.UTF8.GetBytes(good.ToJsonString()), "text/plain");
        var first = slots.Count > 0 ? slots[0].Path : ["extra"];
        yield return Raw($"1000 levels of nesting at {Name(first)}", With(good, first, JsonValue.Create("NESTMARK")).ToJsonString()
            .Replace("\"NESTMARK\"", new string('[', 1000) + new string(']', 1000), StringComparison.Ordinal));
        var firstString = slots.FirstOrDefault(s => s.Type == "string" && !s.Enum).Path ?? first;
        var marked = Encoding.UTF8.GetBytes(With(good, firstString, JsonValue.Create("UTF8MARK")).ToJsonString());
        yield return new HostileBody($"invalid UTF-8 at {Name(firstString)}", Splice(marked, "UTF8MARK"u8.ToArray(), [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80]));

        var strings = 0;
        foreach (var (path, type, isEnum) in slots)
        {
            yield return Json($"{Name(path)} = null", With(good, path, null));
            yield return Json($"{Name(path)} of the wrong type", With(good, path, WrongType(type)));
            if (isEnum)
            {
                yield return Json($"{Name(path)} = an unknown enum name", With(good, path, JsonValue.Create("NoSuch")));
                yield return Json($"{Name(path)} = an integer for an enum", With(good, path, JsonValue.Create(0)));
            }
            else if (type == "string")
            {
                yield return Json($"{Name(path)} = an injection string", With(good, path, JsonValue.Create(Injections[strings % Injections.Length])));
                if (strings < 2) yield return Json($"{Name(path)} = a 1 MB string", With(good, path, JsonValue.Create(Huge)));
                strings++;
            }
            else if (type is "integer" or "number")
            {
                yield return Raw($"{Name(path)} = a number beyond 64 bits", With(good, path, JsonValue.Create("BIGMARK")).ToJsonString()
                    .Replace("\"BIGMARK\"", "1e400", StringComparison.Ordinal));
                yield return Json($"{Name(path)} = -1", With(good, path, JsonValue.Create(-1)));
            }
        }
    }

    /// <summary>The properties to spoil: the schema's own, and one level into objects and into an array's first item.</summary>
    private static IEnumerable<(object[] Path, string Type, bool Enum)> Slots(ApiDocument document, JsonObject schema, JsonNode good)
    {
        foreach (var (name, raw) in schema["properties"]?.AsObject() ?? [])
        {
            if (document.Resolve(raw) is not { } property) continue;
            var type = ApiDocument.TypeOf(property);
            yield return ([name], type, ApiDocument.IsEnum(property));
            var nested = type switch
            {
                "object" when good[name] is JsonObject => ([name], property),
                "array" when good[name] is JsonArray { Count: > 0 } items && items[0] is JsonObject => (new object[] { name, 0 }, document.Resolve(property["items"])),
                _ => ((object[]?)null, (JsonObject?)null),
            };
            if (nested.Item1 is null || nested.Item2?["properties"] is not JsonObject inner) continue;
            foreach (var (innerName, innerRaw) in inner)
                if (document.Resolve(innerRaw) is { } innerProperty)
                    yield return ([.. nested.Item1, innerName], ApiDocument.TypeOf(innerProperty), ApiDocument.IsEnum(innerProperty));
        }
    }

    private static JsonNode WrongType(string type) => type switch
    {
        "string" => JsonValue.Create(12345),
        "integer" or "number" => JsonValue.Create("not-a-number"),
        "boolean" => JsonValue.Create("yes"),
        "array" => new JsonObject { ["x"] = 1 },
        "object" => JsonValue.Create("text"),
        _ => new JsonArray(true, 1, "x"),
    };

    /// <summary>A copy of <paramref name="good"/> with the value at the path replaced (created if missing).</summary>
    public static JsonNode With(JsonNode good, object[] path, JsonNode? value)
    {
        var copy = good.DeepClone();
        var node = copy;
        foreach (var segment in path[..^1]) node = segment is int i ? node![i] : node![(string)segment];
        if (path[^1] is int index) node!.AsArray()[index] = value;
        else node!.AsObject()[(string)path[^1]] = value;
        return copy;
    }

    private static string Name(object[] path) => string.Join('.', path.Select(s => s is int i ? $"[{i}]" : (string)s)).Replace(".[", "[", StringComparison.Ordinal);

    private static HostileBody Json(string label, JsonNode body) => Raw(label, body.ToJsonString());

    private static HostileBody Raw(string label, string text) => new(label, Encoding.UTF8.GetBytes(text));

    private static byte[] Splice(byte[] bytes, byte[] marker, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(marker);
        return at < 0 ? bytes : [.. bytes[..at], .. replacement, .. bytes[(at + marker.Length)..]];
    }
}
