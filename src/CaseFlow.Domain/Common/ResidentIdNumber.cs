using System.Globalization;

namespace CaseFlow.Domain.Common;

/// <summary>
/// 公民身份号码 (GB 11643-1999): 6 digits of region, the birth date yyyyMMdd, 3 of sequence and a check character computed by
/// ISO 7064 MOD 11-2 (0–9 or X). The one check for the applicant's, the agent's and a form field's ID number.
/// </summary>
public static class ResidentIdNumber
{
    public const string Rule = "公民身份号码 must be 18 characters (17 digits and a check digit or X) with a valid birth date and GB 11643 check digit.";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid(string? value)
    {
        if (value is not { Length: 18 }) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i])) return false;
            sum += (value[i] - '0') * Weights[i];
        }
        return char.ToUpperInvariant(value[17]) == CheckCharacters[sum % 11]
            && DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
            && born.Year >= 1900;
    }
}
