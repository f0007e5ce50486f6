using Microsoft.AspNetCore.OpenApi;

namespace CaseFlow.Server.Setup;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, made for client generators (the web app's typed client): every operation has
/// an operationId and a summary (per endpoint, <c>.WithName/.WithSummary</c>), and — derived here from endpoint metadata —
/// the security it needs and the problem responses it can return. See docs/architecture.md, "Adding an endpoint".
/// </summary>
public static class OpenApiSetup
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddOperationTransformer<OpenApiOperationTransformer>();
        options.AddDocumentTransformer<OpenApiDocumentTransformer>();
    }

    /// <summary>Feature groups (the endpoints' tags) and what each holds, in the domain's words.</summary>
    public static readonly IReadOnlyDictionary<string, string> TagDescriptions = new Dictionary<string, string>
    {
        ["Auth"] = "登录与会话：登录（Cookie 供网页使用，Bearer 令牌供脚本与系统对接）、退出、当前用户、CSRF 令牌。",
        ["Catalog"] = "政务服务事项目录：事项的当前版本与历史版本（情形、材料、表单、审核要点、时限）。",
        ["Definitions"] = "流程定义：列表、活动类型（设计器组件面板）、校验、版本、导出、保存草稿、发布（流程设计员）。",
        ["Cases"] = "办件：窗口收件申请、查询、查看办件、办件时间线与文书、补正、送达签收；时限计时、扣除时间（暂停计时）与延期。",
        ["Tasks"] = "待办任务：我的待办、可签收队列、签收、释放、办理、转办、意见、催办、退回、撤回，以及委托。",
        ["Incidents"] = "流程异常：出错挂起的步骤，由管理员重试（可修正流程变量）或取消。",
        ["Public"] = "公开查询：申请人凭办件编号与手机号查询办理进度（按客户端限流，无需登录）。",
        ["Notifications"] = "通知：我的预警、超期、督办、催办提醒。",
        ["Audit"] = "审计：办件的审计记录及其哈希链校验。",
        ["Reports"] = "效能监管报表（监管人员与管理员）：预警、超期（黄牌、红牌）、停滞办件与督办单，期间效能指标、日序列与分组，均可导出 CSV 或 XLSX。",
        ["Ratings"] = "好差评：窗口登记评价器或 12345 热线评价、查看办件评价、管理员申诉复核作废评价。",
        ["Admin"] = "系统管理（管理员）：工作日历、用户与岗位、组织机构、窗口权限、消息发件箱、事项/流程/权限审计链。",
    };
}
