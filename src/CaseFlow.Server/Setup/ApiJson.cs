using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseFlow.Server.Setup;

/// <summary>
/// The API's JSON rules: an enum on the wire is its name only — <c>"reason": 0</c> or an unknown name is a 400 naming the
/// field (through <see cref="ProblemExceptionHandler"/>); names are read in any case and written as declared.
/// Nulls where a value belongs are <see cref="InputRules"/>' business (the request types keep nullable contracts for the
/// OpenAPI document, and an answer never fails over a null).
/// </summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options) =>
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
}
