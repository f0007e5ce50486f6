namespace CaseFlow.DemoYear;

/// <summary>Skeleton: the reportbench helper fills this in.</summary>
public static class BulkYear
{
    public static Task<int> MainAsync(string[] args) => throw new NotImplementedException();
}
