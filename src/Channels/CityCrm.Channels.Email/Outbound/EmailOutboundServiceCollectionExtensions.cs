using CityCrm.Channels.Email.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>Registers the email channel's sending side: SMTP sender, automatic-reply policy, bounce detector, reply templates.</summary>
public static class EmailOutboundServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="EmailOptions"/> ("Email") and registers <see cref="SmtpMailSender"/> as the "email" channel's
    /// sender for the outbox, <see cref="AutoReplyPolicy"/>, <see cref="BounceDetector"/> and <see cref="ReplyTemplateService"/>
    /// over the templates in <paramref name="templatesFolder"/>. Needs the conversation engine and the stores
    /// (IMailThreads, IMailAddressHealth, IAutoReplyLog, ICaseStore: AddSqliteStores).
    /// </summary>
    public static IServiceCollection AddEmailOutbound(this IServiceCollection services, IConfiguration configuration, string templatesFolder)
    {
        services.AddEmailOptions(configuration);
        services.AddOptions<ReplyTemplateOptions>().Configure(o => o.Folder = templatesFolder);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MailboxDirectory>();
        services.TryAddSingleton<SmtpTransport>();
        services.TryAddSingleton<ReplyMessageBuilder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSender, SmtpMailSender>());
        services.TryAddSingleton<AutoReplyPolicy>();
        services.TryAddSingleton<BounceDetector>();
        services.TryAddSingleton<ReplyTemplateLibrary>();
        services.TryAddSingleton<ReplyTemplateContext>();
        services.TryAddSingleton<ReplyTemplateService>();
        return services;
    }
}
