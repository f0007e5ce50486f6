using CaseFlow.Domain.Cases;

namespace CaseFlow.Domain.Activities;

public static class Outcomes
{
    public static string Describe(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Approved => "准予",
        CaseOutcome.Rejected => "不予许可",
        CaseOutcome.NotAccepted => "不予受理",
        _ => "未决",
    };
}
