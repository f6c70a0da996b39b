using CityCrm.Channels.DirectLine.Api;
using CityCrm.Channels.DirectLine.Security;
using CityCrm.Channels.DirectLine.Streaming;
using CityCrm.Channels.DirectLine.Uploads;
using CityCrm.Conversations.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.DirectLine;

/// <summary>Registers the Direct Line channel.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DirectLineOptions"/> from the "DirectLine" section, then <paramref name="configure"/>
    /// (where the host sets <see cref="DirectLineOptions.DataDirectory"/>). Needs the conversation engine and a TimeProvider.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration, Action<DirectLineOptions>? configure = null)
    {
        var builder = services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName));
        if (configure is not null)
            builder.Configure(configure);
        builder
            .Validate(o => !string.IsNullOrEmpty(o.DataDirectory), "DirectLine:DataDirectory must be set by the host (uploads and the signing key live there).")
            .Validate(o => !string.IsNullOrEmpty(o.InboxId), "DirectLine:InboxId must name the web chat inbox.")
            .Validate(o => o.TokenLifetimeSeconds >= 60, "DirectLine:TokenLifetimeSeconds must be at least 60.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => DirectLineSigningKey.FromOptions(sp.GetRequiredService<IOptions<DirectLineOptions>>().Value));
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineGate>();
        services.AddSingleton<DirectLineFeed>();
        services.AddSingleton<DirectLineAttachmentStore>();
        services.AddSingleton<DirectLineStreamBroker>();
        services.AddSingleton<IDirectLineStreams>(sp => sp.GetRequiredService<DirectLineStreamBroker>());
        services.AddSingleton<DirectLineStreamNotifier>();
        services.AddSingleton<IDomainEventHandler<MessageAppended>>(sp => sp.GetRequiredService<DirectLineStreamNotifier>());
        services.AddSingleton<IDomainEventHandler<AgentTyping>>(sp => sp.GetRequiredService<DirectLineStreamNotifier>());
        return services;
    }
}
