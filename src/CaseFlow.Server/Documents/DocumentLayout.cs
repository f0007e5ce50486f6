using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Documents;

/// <summary>
/// The frame every printed document shares (A4, print CSS): the issuing unit, the title, the 文号, the case number as a QR code for
/// tracking, the applicant's particulars, the body, the handler and date, the seal area (盖章处) and the applicant's signature line.
/// </summary>
public static class DocumentLayout
{
    private const string Css = """
        @page{size:A4;margin:20mm 18mm}
        *{box-sizing:border-box}
        body{font-family:'Noto Serif CJK SC','Source Han Serif SC','SimSun',serif;font-size:15px;line-height:1.75;color:#111;margin:0 auto;max-width:174mm;padding:12mm 0}
        header{position:relative;text-align:center;padding-right:0}
        .unit{color:#c00;font-size:22px;font-weight:bold;letter-spacing:2px;border-bottom:2px solid #c00;padding-bottom:6px;margin:0 120px 10px}
        h1{font-size:26px;letter-spacing:6px;margin:14px 0 4px}
        .number{margin:0 0 12px}
        .qr{position:absolute;right:0;top:0;width:104px;text-align:center;font-size:11px;line-height:1.3}
        .qr svg{width:96px;height:96px;display:block;margin:0 auto}
        h2{font-size:16px;margin:14px 0 6px}
        table{border-collapse:collapse;width:100%;margin:6px 0 10px}
        th,td{border:1px solid #333;padding:4px 8px;text-align:left;vertical-align:top}
        table.fields th{width:30%;background:#f4f4f4;font-weight:normal}
        table.list th{background:#f4f4f4}
        p{text-indent:2em;margin:6px 0}
        p.plain{text-indent:0}
        footer{margin-top:18px;display:flex;justify-content:space-between;align-items:flex-end;gap:16px}
        .handler p{text-indent:0;margin:2px 0}
        .seal{width:62mm;height:40mm;border:1px dashed #c00;color:#c00;text-align:center;padding-top:6mm;line-height:1.6}
        .seal .label{font-size:13px;opacity:.8}
        .sign{margin-top:14px;border-top:1px solid #999;padding-top:8px}
        .sign p{text-indent:0}
        @media print{body{padding:0;max-width:none}.no-print{display:none}}
        """;

    public static string Render(PrintContext c, IDocumentRenderer renderer)
    {
        var document = c.Document;
        var body = new DocumentHtml();
        renderer.Body(c, body);
        var issued = PrintContext.DateOf(document.CreatedAtUtc);
        var number = document.Number ?? $"{c.Case.CaseNo}-{document.Id}";
        var html = new DocumentHtml()
            .Raw($"<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{DocumentHtml.E(Title(document.Kind))} {DocumentHtml.E(number)}</title><style>{Css}</style></head><body>")
            .Raw("<header>")
            .Raw($"<div class=\"qr\" data-payload=\"{DocumentHtml.E(c.TrackingUrl)}\">{TrackingQr.Svg(c.TrackingUrl)}<span>扫码查询办理进度</span></div>")
            .Raw($"<div class=\"unit\">{DocumentHtml.E(c.IssuingUnit)}</div>")
            .Raw($"<h1>{DocumentHtml.E(Title(document.Kind))}</h1><div class=\"number\" data-field=\"number\">{DocumentHtml.E(number)}</div>")
            .Raw("</header><main>")
            .Fields(("办件编号", c.Case.CaseNo), ("申请事项", c.Case.ItemName), ("申请人", c.Case.Applicant.Name), ("证件号码", c.IdNumber),
                ("联系电话", c.Phone), ("申请日期", PrintContext.DateOf(c.Case.ReceivedAtUtc)))
            .Raw(body.ToString())
            .Raw("</main><footer><div class=\"handler\">")
            .Raw($"<p>经办人：<span data-field=\"handler\">{DocumentHtml.E(c.Handler)}</span></p>")
            .Raw($"<p>出具日期：<span data-field=\"date\">{DocumentHtml.E(issued)}</span></p>")
            .Raw($"<p>查询网址：<span data-field=\"tracking\">{DocumentHtml.E(c.TrackingUrl)}</span></p>")
            .Raw("</div>")
            .Raw($"<div class=\"seal\" data-field=\"seal\"><div class=\"label\">（盖章处）</div><div>{DocumentHtml.E(c.IssuingUnit)}</div><div>{DocumentHtml.E(issued)}</div></div>")
            .Raw("</footer>");
        if (renderer.ApplicantSigns)
            html.Raw("<div class=\"sign\"><p>申请人（受送达人）签收：______________________　　签收日期：________年____月____日</p></div>");
        return html.Raw("</body></html>").ToString();
    }

    public static string Title(DocumentKind kind) => kind switch
    {
        DocumentKind.AcceptanceNotice => "受理通知书",
        DocumentKind.SupplementNotice => "一次性告知书",
        DocumentKind.NonAcceptanceDecision => "不予受理决定书",
        DocumentKind.ApprovalDecision => "准予许可决定书",
        DocumentKind.RejectionDecision => "不予许可决定书",
        DocumentKind.ServiceRecord => "送达回证",
        DocumentKind.ClockStopNotice => "暂停计算期限告知书",
        DocumentKind.ExtensionNotice => "延长审批期限告知书",
        _ => "归档材料目录",
    };
}
