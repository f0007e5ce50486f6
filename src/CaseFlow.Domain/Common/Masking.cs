using System.Text.Json.Nodes;
using CaseFlow.Domain.Catalog;

namespace CaseFlow.Domain.Common;

/// <summary>
/// How personal data shows to those who may not see it in full (README "Personal data"): one rule per format. The stored
/// value never changes; readers get a masked copy.
/// </summary>
public static class Masking
{
    /// <summary>身份证号: keep the region (6) and the last 4.</summary>
    public static string IdNumber(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Length <= 10 ? new string('*', value.Length) : value[..6] + new string('*', value.Length - 10) + value[^4..];

    /// <summary>手机号: keep 3 + 4.</summary>
    public static string Phone(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Length < 7 ? new string('*', value.Length) : value[..3] + new string('*', value.Length - 7) + value[^4..];

    /// <summary>地址: keep up to the district (区/县/旗, else the city), the rest becomes "****".</summary>
    public static string Address(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var end = DistrictEnd(value);
        return end < 0 ? "****" : value[..(end + 1)] + "****";
    }

    /// <summary>姓名: keep the surname (the first character).</summary>
    public static string PersonName(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Length == 1 ? "*" : value[..1] + new string('*', Math.Min(value.Length - 1, 3));

    /// <summary>账号、卡号: keep the last 4.</summary>
    public static string Account(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Length <= 4 ? new string('*', value.Length) : "****" + value[^4..];

    /// <summary>Personal data of no known format: nothing of it shows.</summary>
    public static string Hidden(string? value) => string.IsNullOrEmpty(value) ? "" : "****";

    /// <summary>The one rule for a form field's format.</summary>
    public static Func<string?, string> ForFormat(string? format) => format switch
    {
        FormFormats.IdNumber => IdNumber,
        FormFormats.Phone => Phone,
        FormFormats.Address => Address,
        FormFormats.PersonName => PersonName,
        FormFormats.Account => Account,
        _ => Hidden,
    };

    /// <summary>
    /// The rule a value's name points to, where no schema says more (the audit trail's columns, an item version from before
    /// the schema marked personal fields): "…IdNumber", "…Phone"/"…Mobile", "…Address".
    /// </summary>
    public static Func<string?, string>? ByName(string name)
    {
        if (name.Contains("idnumber", StringComparison.OrdinalIgnoreCase)) return IdNumber;
        if (name.Contains("phone", StringComparison.OrdinalIgnoreCase) || name.Contains("mobile", StringComparison.OrdinalIgnoreCase)) return Phone;
        if (name.Contains("address", StringComparison.OrdinalIgnoreCase)) return Address;
        return null;
    }

    /// <summary>
    /// A copy of the form with every field its schema marks personal masked by its format's rule. A schema that marks none
    /// (an item version imported before the marker existed) is read by <see cref="ByName"/>.
    /// </summary>
    public static JsonObject Form(IReadOnlyCollection<FormField> fields, JsonObject form)
    {
        var marked = fields.Where(f => f.Personal).ToDictionary(f => f.Name, f => ForFormat(f.Format));
        var copy = (JsonObject)form.DeepClone();
        foreach (var (name, node) in form)
            if (node is JsonValue value && (marked.Count > 0 ? marked.GetValueOrDefault(name) : ByName(name)) is { } rule)
                copy[name] = rule(value.ToString());
        return copy;
    }

    private static int DistrictEnd(string value)
    {
        for (var i = 0; i < value.Length; i++)
            if (value[i] is '区' or '县' or '旗' && !(value[i] == '区' && i >= 2 && value[(i - 2)..i] == "自治"))
                return i;
        return value.LastIndexOf('市');
    }
}
