using System.Text.Json.Serialization;

namespace CaseFlow.Domain.Ratings;

/// <summary>好差评 的五个等级 (国办发〔2019〕51号); the last two are poor ratings (差评).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RatingLevel>))]
public enum RatingLevel
{
    /// <summary>非常满意</summary>
    VerySatisfied,
    /// <summary>满意</summary>
    Satisfied,
    /// <summary>基本满意</summary>
    BasicallySatisfied,
    /// <summary>不满意</summary>
    Dissatisfied,
    /// <summary>非常不满意</summary>
    VeryDissatisfied,
}

/// <summary>Where the rating was given: online (一事一评), on the window's rating pad (一次一评) or by the 12345 hotline.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RatingChannel>))]
public enum RatingChannel
{
    /// <summary>网上评价（申请人凭办件编号、手机号和验证码）</summary>
    Online,
    /// <summary>窗口评价器</summary>
    WindowPad,
    /// <summary>12345 热线</summary>
    Hotline12345,
}

/// <summary>The standard criteria (GB/T 39734-2020): on site 整体满意度, 服务效率, 服务水平, 服务态度; online also 办事指南精确度, 办事便捷度, 平台操作性.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RatingCriterion>))]
public enum RatingCriterion
{
    /// <summary>整体满意度</summary>
    Overall,
    /// <summary>办事效率（服务效率）</summary>
    Efficiency,
    /// <summary>服务水平</summary>
    ServiceLevel,
    /// <summary>服务态度</summary>
    Attitude,
    /// <summary>办事指南精确度</summary>
    GuideAccuracy,
    /// <summary>办事便捷度</summary>
    Convenience,
    /// <summary>平台操作性</summary>
    PlatformUsability,
}

/// <summary>The Chinese labels the API and exports show beside the English names.</summary>
public static class RatingLabels
{
    public static string Of(RatingLevel level) => level switch
    {
        RatingLevel.VerySatisfied => "非常满意",
        RatingLevel.Satisfied => "满意",
        RatingLevel.BasicallySatisfied => "基本满意",
        RatingLevel.Dissatisfied => "不满意",
        RatingLevel.VeryDissatisfied => "非常不满意",
        _ => level.ToString(),
    };

    public static string Of(RatingChannel channel) => channel switch
    {
        RatingChannel.Online => "网上评价",
        RatingChannel.WindowPad => "窗口评价器",
        RatingChannel.Hotline12345 => "12345 热线",
        _ => channel.ToString(),
    };

    public static string Of(RatingCriterion criterion) => criterion switch
    {
        RatingCriterion.Overall => "整体满意度",
        RatingCriterion.Efficiency => "办事效率",
        RatingCriterion.ServiceLevel => "服务水平",
        RatingCriterion.Attitude => "服务态度",
        RatingCriterion.GuideAccuracy => "办事指南精确度",
        RatingCriterion.Convenience => "办事便捷度",
        RatingCriterion.PlatformUsability => "平台操作性",
        _ => criterion.ToString(),
    };
}
