using AutoMapper;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Ratings;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Public;
using CaseFlow.Server.Reports;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Server.Ratings;

/// <summary>The services a rating endpoint needs, bound as one parameter.</summary>
public sealed record RatingServices(RatingService Ratings, ActorAccessor Actors, IMapper Mapper, CancellationToken Ct);

/// <summary>
/// 好差评 (README "好差评"): the applicant rates a finished case online with a one-time SMS code (no sign-in, limited per client
/// like tracking); a clerk of the intake window records a window-pad or hotline rating; an administrator voids one on appeal;
/// a poor rating's rectification (差评整改) is read per case, its overdue steps in the reports.
/// </summary>
public static class RatingEndpoints
{
    public static IEndpointRouteBuilder MapRatingEndpoints(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/public").WithTags("Public").AllowAnonymous().RequireRateLimiting(PublicEndpoints.RateLimitPolicy);
        open.MapPost("/cases/{caseNo}/rating-code", RequestCode).WithName("RequestRatingCode").WithSummary("获取评价验证码（短信发送至申请人手机）")
            .ProducesProblem(StatusCodes.Status409Conflict);
        open.MapPost("/cases/{caseNo}/rating", RateOnline).WithName("RateCaseOnline").WithSummary("网上评价办件（好差评，凭验证码）")
            .ProducesProblem(StatusCodes.Status409Conflict);

        var staff = app.MapGroup("/api").WithTags("Ratings").RequireAuthorization();
        staff.MapPost("/cases/{id:long}/rating", Record).WithName("RecordCaseRating").WithSummary("登记窗口评价器或 12345 热线评价");
        staff.MapGet("/cases/{id:long}/rating", OfCase).WithName("GetCaseRating").WithSummary("查看办件的评价");
        staff.MapPost("/ratings/{id:long}/void", Void).WithName("VoidRating").WithSummary("申诉复核：作废评价（管理员）");
        staff.MapGet("/cases/{id:long}/rectification", Rectification).WithName("GetCaseRectification").WithSummary("查看办件的差评整改（核实、整改、回访）");

        app.MapRatingReportEndpoints();
        app.MapRectificationReportEndpoints();
        return app;
    }

    public static async Task<Accepted<RatingCodeSentDto>> RequestCode(string caseNo, RatingCodeRequest request, RatingService ratings, CancellationToken ct)
    {
        new InputCheck().Text("caseNo", caseNo, InputLimits.Code).Text("phone", request.Phone, InputLimits.Phone, required: true).ThrowIfAny();
        var code = await ratings.RequestCodeAsync(caseNo, request.Phone!, ct);
        return TypedResults.Accepted((string?)null, new RatingCodeSentDto(Masking.Phone(request.Phone), code.ExpiresAtUtc));
    }

    public static async Task<Created<RatingDto>> RateOnline(string caseNo, OnlineRatingRequest request, [AsParameters] RatingServices s)
    {
        var check = new InputCheck().Text("caseNo", caseNo, InputLimits.Code).Text("phone", request.Phone, InputLimits.Phone, required: true)
            .Text("code", request.Code, InputLimits.Code, required: true);
        var input = RatingRequests.ToInput(check, request.Level, request.Criteria, request.Comment);
        var rating = await s.Ratings.RateOnlineAsync(caseNo, request.Phone!, request.Code!, input, s.Ct);
        return TypedResults.Created($"/api/cases/{rating.CaseId}/rating", s.Mapper.Map<RatingDto>(rating));
    }

    public static async Task<Created<RatingDto>> Record(long id, RecordRatingRequest request, [AsParameters] RatingServices s)
    {
        var check = new InputCheck();
        if (request.Channel is null) check.Fail("channel", "channel is required: WindowPad (窗口评价器) or Hotline12345 (12345 热线).");
        var input = RatingRequests.ToInput(check, request.Level, request.Criteria, request.Comment);
        var rating = await s.Ratings.RecordAsync(id, request.Channel!.Value, input, await s.Actors.GetAsync(s.Ct), s.Ct);
        return TypedResults.Created($"/api/cases/{rating.CaseId}/rating", s.Mapper.Map<RatingDto>(rating));
    }

    /// <summary>The rating of a visible case; 204 while it has none.</summary>
    public static async Task<Results<Ok<RatingDto>, NoContent>> OfCase(long id, [AsParameters] RatingServices s) =>
        await s.Ratings.OfCaseAsync(id, await s.Actors.GetAsync(s.Ct), s.Ct) is { } rating ? TypedResults.Ok(s.Mapper.Map<RatingDto>(rating)) : TypedResults.NoContent();

    /// <summary>The rectification of a visible case's poor rating; 204 while it has none.</summary>
    public static async Task<Results<Ok<RectificationDto>, NoContent>> Rectification(long id, [AsParameters] RatingServices s) =>
        await s.Ratings.RectificationOfCaseAsync(id, await s.Actors.GetAsync(s.Ct), s.Ct) is { } view
            ? TypedResults.Ok(s.Mapper.Map<RectificationDto>(view)) : TypedResults.NoContent();

    public static async Task<Ok<RatingDto>> Void(long id, VoidRatingRequest request, [AsParameters] RatingServices s)
    {
        new InputCheck().Text("reason", request.Reason, Rating.MaxReason, required: true).ThrowIfAny();
        return TypedResults.Ok(s.Mapper.Map<RatingDto>(await s.Ratings.VoidAsync(id, request.Reason, await s.Actors.GetAsync(s.Ct), s.Ct)));
    }
}
