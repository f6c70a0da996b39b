using CityCrm.Channels.Email.Inbound;
using CityCrm.Conversations.Leases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Email;

/// <summary>Registers the email channel's inbound side: options, the intake and one IMAP reader per mailbox.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="EmailOptions"/> from the "Email" section (validated at start) and runs a reader per mailbox in
    /// the background. Needs the conversation engine, the bot's texts, the sending side's automatic-reply policy and bounce
    /// detector (AddEmailOutbound), an <c>ICaseStore</c>, <c>IMailThreads</c>, <c>IMailboxCursors</c> and
    /// <c>IAttachmentStore</c> (AddSqliteStores).
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEmailOptions(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, EmailInboxesValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MailThreading>();
        services.TryAddSingleton<MailIntake>();
        // Without AddConversations' leases (a test host), every mailbox is this node's at once.
        services.AddLeaseDefaults();
        services.AddHostedService<MailboxReaderService>();
        return services;
    }
}
