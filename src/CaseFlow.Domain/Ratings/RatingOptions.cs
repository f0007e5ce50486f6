namespace CaseFlow.Domain.Ratings;

/// <summary>好差评 settings (<c>Ratings:*</c> in appsettings; README "好差评").</summary>
public sealed class RatingOptions
{
    /// <summary>A finished case still unrated this many days after its decision gets one invitation (Bozhou: 3).</summary>
    public int InviteAfterDays { get; set; } = 3;
    public int CodeLifetimeMinutes { get; set; } = 30;
    public int CodeTries { get; set; } = 5;
    /// <summary>At most this many codes per case in 24 hours, so nobody floods an applicant's phone.</summary>
    public int CodesPerDay { get; set; } = 5;
    /// <summary>差评整改 step limits (<c>Ratings:Rectification:*</c>).</summary>
    public RectificationOptions Rectification { get; set; } = new();
}
