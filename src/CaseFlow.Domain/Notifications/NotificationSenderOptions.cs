using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseFlow.Domain.Notifications;

/// <summary>Which sender hands the outbox over (configuration <c>Notifications</c>; README, "Configuration").</summary>
public sealed class NotificationSenderOptions
{
    /// <summary><c>log</c> (the default: the log only) or <c>jsonl</c> (a drop file a gateway picks up).</summary>
    public string Sender { get; set; } = "log";

    /// <summary>For <c>jsonl</c>: the file each hand-over is appended to, one JSON line each.</summary>
    public string? Path { get; set; }

    public static void Register(IServiceCollection services, NotificationSenderOptions options)
    {
        switch (options.Sender.ToLowerInvariant())
        {
            case "log":
                return;
            case "jsonl" when !string.IsNullOrWhiteSpace(options.Path):
                services.Replace(ServiceDescriptor.Singleton<INotificationSender>(new JsonlNotificationSender(options.Path)));
                return;
            case "jsonl":
                throw new InvalidOperationException("Notifications:Sender=jsonl needs Notifications:Path (the drop file).");
            default:
                throw new InvalidOperationException($"Notifications:Sender '{options.Sender}' is not a sender; use log or jsonl.");
        }
    }
}
