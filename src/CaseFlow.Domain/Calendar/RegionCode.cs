namespace CaseFlow.Domain.Calendar;

/// <summary>
/// Administrative division codes (行政区划代码): 2 digits province, 2 city, 2 county, then 3 township and 3 village.
/// A regional calendar applies to every case region under it, i.e. every code that starts with its non-zero levels.
/// </summary>
public static class RegionCode
{
    // Level boundaries; trimming whole zero levels (not single '0' digits) keeps "500000" (重庆) from covering 51…–54….
    private static readonly int[] LevelEnds = [2, 4, 6, 9, 12];

    public static bool IsValid(string code) =>
        code.Length == 0 || (code.Length is 6 or 9 or 12 && code.All(char.IsAsciiDigit) && Prefix(code).Length > 0 && !code.StartsWith("00", StringComparison.Ordinal));

    /// <summary>The code without its trailing all-zero levels: "520000" → "52", "520100" → "5201", "520102" → "520102".</summary>
    public static string Prefix(string code)
    {
        foreach (var end in LevelEnds)
            if (end <= code.Length && code.AsSpan(end).IndexOfAnyExcept('0') < 0) return code[..end];
        return code;
    }

    public static bool Covers(string prefix, string? caseRegion) =>
        caseRegion is not null && caseRegion.StartsWith(prefix, StringComparison.Ordinal);
}
