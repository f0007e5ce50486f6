using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;

namespace CaseFlow.Domain.Documents;

/// <summary>Issues a document on a case: its content stamped with the case's number, item and applicant, its issuer and issuing unit.</summary>
public static class DocumentIssuing
{
    public static CaseDocument Issue(CaseFlowDbContext db, Case @case, DateTime now, DocumentKind kind, string title, JsonObject content, string issuerId, long? issuingUnitId)
    {
        content["caseNo"] = @case.CaseNo;
        content["itemName"] = @case.ItemName;
        content["applicant"] = @case.Applicant.Name;
        content["issuedAt"] = now.ToString("O");
        var document = CaseDocument.Create(@case, kind, title, content, now, issuerId, issuingUnitId);
        db.Documents.Add(document);
        return document;
    }

    /// <summary>The unit that decides the case, as the access policy's deciding side: the window for 就地批办 and 即办件, else the home department.</summary>
    public static long DecidingUnitId(Case @case) =>
        @case.HandlingMode is HandlingMode.LocalApproval or HandlingMode.Immediate ? @case.IntakeWindowId : @case.HomeDepartmentId ?? @case.IntakeWindowId;
}
