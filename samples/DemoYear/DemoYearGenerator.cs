namespace CaseFlow.DemoYear;

/// <summary>Skeleton: the demoyear helper fills this in.</summary>
public static class DemoYearGenerator
{
    public static Task<int> MainAsync(string[] args) => throw new NotImplementedException();
}
