namespace CaseFlow.Domain.Cases;

/// <summary>One line of a case's timeline: what happened, when, by whom.</summary>
public sealed class CaseEvent
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = "";
    public string Kind { get; set; } = "";
    /// <summary>A readable sentence in Chinese for the tracking page.</summary>
    public string Summary { get; set; } = "";
    public string? DataJson { get; set; }
}

public sealed class CaseNumberSequence : Common.IVersioned
{
    /// <summary>Implementation code + China date.</summary>
    public string Key { get; set; } = "";
    public int Value { get; set; }
    public int Version { get; set; }
}

/// <summary>The timeline entries other code reads back: the rates count deemed acceptances and extensions, the daily summaries look for pushes.</summary>
public static class CaseEventKinds
{
    public const string Pushed = "pushed";
    public const string DeemedAccepted = "deemed-accepted";
    public const string Extended = "extended";
}
