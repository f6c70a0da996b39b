using CityCrm.Channels.Meta.Inbound;
using CityCrm.Channels.Meta.Outbound;
using CityCrm.Channels.Meta.Rest;
using CityCrm.Channels.Meta.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Meta;

/// <summary>Registers the WhatsApp and Messenger channels.</summary>
public static class MetaServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="MetaOptions"/> from the "Meta" section (validated at start), the Graph client, the 24-hour window,
    /// the media proxy and the two senders. The webhook needs the conversation engine and an <c>IDeliveryReports</c>.
    /// </summary>
    public static IServiceCollection AddMeta(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetaOptions>().Bind(configuration.GetSection(MetaOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetaOptions>, MetaOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetaOptions>, MetaInboxesValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(GraphClient.HttpClientName, (sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<MetaOptions>>().Value.ApiTimeoutSeconds));
        services.TryAddSingleton<MetaDirectory>();
        services.TryAddSingleton<GraphClient>();
        services.TryAddSingleton<CustomerServiceWindow>();
        services.TryAddSingleton<MetaMediaProxy>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSender, WhatsAppSender>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSender, MessengerSender>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITypingSender, MessengerSender>());
        return services;
    }
}
