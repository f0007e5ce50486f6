namespace CaseFlow.Server.Documents.Kinds;

/// <summary>What a refusal states (行政许可法 art. 38): the reasons, the basis and the remedies with their time limits.</summary>
public static class NegativeDecision
{
    public const string Remedy = "如不服本决定，可以自收到本决定书之日起六十日内依照《中华人民共和国行政复议法》的规定申请行政复议，"
        + "或者自收到本决定书之日起六个月内依照《中华人民共和国行政诉讼法》第四十六条的规定向人民法院提起行政诉讼。";

    public static void Body(PrintContext c, DocumentHtml html, string decided) => html
        .Paragraph($"{c.Case.Applicant.Name}：", "plain")
        .Paragraph($"你于{PrintContext.DateOf(c.Case.ReceivedAtUtc)}提出的“{c.Case.ItemName}”申请（办件编号 {c.Case.CaseNo}），经审查，决定{decided}。")
        .Fields(("理由", c.Text("reason")), ("依据", c.Text("basis")))
        .Heading("救济途径")
        .Paragraph(Remedy);
}
