using System.Text.Json.Nodes;

namespace CaseFlow.Domain.Activities;

/// <summary>Texts of decisions; a negative one states the reason, the basis and the right to review or suit (行政许可法 art. 38).</summary>
public static class Decisions
{
    public static JsonObject Negative(string reason, string basis) => new()
    {
        ["reason"] = reason,
        ["basis"] = basis,
        ["remedy"] = "如对本决定不服，可以自收到本决定之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。",
    };
}
