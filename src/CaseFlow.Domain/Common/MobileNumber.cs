namespace CaseFlow.Domain.Common;

/// <summary>A mainland mobile number (11 digits from 1): the one check for the applicant's, the agent's and a form field's phone.</summary>
public static class MobileNumber
{
    public const string Rule = "The phone must be an 11-digit mobile number.";

    public static bool IsValid(string? value) => value is { Length: 11 } && value[0] == '1' && value.All(char.IsAsciiDigit);
}
