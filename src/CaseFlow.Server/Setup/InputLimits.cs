namespace CaseFlow.Server.Setup;

/// <summary>
/// Every bound the API puts on its input, in one place (the README's "API" section lists them): string lengths per kind of
/// field, collection sizes, date ranges, paging and the request body size. <see cref="InputRules"/> applies them.
/// </summary>
public static class InputLimits
{
    /// <summary>A person's name (applicant, agent, signer) — 50 characters covers 少数民族 names in full.</summary>
    public const int PersonName = 50;
    public const int Address = 200;
    public const int Phone = 20;
    public const int IdNumber = 18;
    /// <summary>Codes and ids: item, situation, material, window, org unit, activity, role, user name, outcome, waybill.</summary>
    public const int Code = 64;
    /// <summary>A display name (user, org unit, definition, activity).</summary>
    public const int DisplayName = 200;
    /// <summary>Free text a person writes: a reason, a comment, an urge message, a note, an opinion.</summary>
    public const int Text = 1000;
    public const int Password = 128;
    /// <summary>A search term or filter value in a query string.</summary>
    public const int Query = 100;

    /// <summary>Materials handed in at once, checklist items, memberships, choices of a dry run.</summary>
    public const int Materials = 100;
    public const int ChecklistItems = 200;
    public const int Memberships = 50;
    /// <summary>A definition's activities and connections (each).</summary>
    public const int Activities = 500;
    /// <summary>Fields of a form, of a task's data, of variables (top level).</summary>
    public const int FormFields = 200;

    /// <summary>Dates in filters and reports: anything outside is a typo, and the database need not see it.</summary>
    public static readonly DateTime EarliestDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime LatestDate = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    /// <summary>A delegation starts at most a day back (yesterday, for a late entry) and lasts at most a year.</summary>
    public const int DelegationDaysBack = 1;
    public const int DelegationMaxYears = 1;

    public const int MaxPageSize = 200;

    /// <summary>The request body (413 <c>urn:caseflow:problem:too-large</c> beyond it); definitions, which carry a whole flowchart, may be larger.</summary>
    public const long BodyBytes = 2 * 1024 * 1024;
    public const long DefinitionBodyBytes = 4 * 1024 * 1024;
}
