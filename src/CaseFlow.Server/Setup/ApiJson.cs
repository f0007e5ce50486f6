using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CaseFlow.Server.Setup;

/// <summary>
/// The API's JSON rules for what it reads: an enum is its name only (<c>"reason": 0</c> or an unknown name is a 400 naming the
/// field), and a null where the type says a value belongs (<c>"root": null</c>, <c>"name": null</c>) is a 400 naming its
/// JSON path — both through <see cref="ProblemExceptionHandler"/>. What the API writes is unchanged: nullability is
/// enforced on reading only, so an answer never fails over a null.
/// </summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.RespectNullableAnnotations = true;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(WriteNullsAsBefore);
    }

    private static void WriteNullsAsBefore(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in type.Properties)
            if (!property.PropertyType.IsValueType) property.IsGetNullable = true;
    }
}
