using CityCrm.Channels.Twilio.Rest;
using CityCrm.Channels.Twilio.Security;
using CityCrm.Channels.Twilio.Sms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio;

/// <summary>Registers the Twilio channels' shared pieces and the SMS channel.</summary>
public static class TwilioServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="TwilioOptions"/> from the "Twilio" section (validated at start), the webhook checks, the REST
    /// client and the SMS sender. The webhooks need the conversation engine, an <c>IOptOutRegistry</c> and an <c>IDeliveryReports</c>.
    /// </summary>
    public static IServiceCollection AddTwilio(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwilioOptions>, TwilioInboxesValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(TwilioRestClient.HttpClientName, (sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TwilioOptions>>().Value.ApiTimeoutSeconds));
        services.TryAddSingleton<TwilioNumberDirectory>();
        services.TryAddSingleton<TwilioWebhookGate>();
        services.TryAddSingleton<TwilioRestClient>();
        services.TryAddSingleton<TwilioMessageLog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSender, TwilioSmsSender>());
        return services;
    }
}
