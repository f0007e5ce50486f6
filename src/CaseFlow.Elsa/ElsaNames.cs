namespace CaseFlow.Elsa;

/// <summary>Variables that carry what Elsa keeps on the instance rather than in variables (docs/decisions.md, decision 26).</summary>
public static class ElsaNames
{
    public const string Output = "elsa:output:";
    public const string InstanceName = "elsa:name";
    public const string CorrelationId = "elsa:correlationId";
}
