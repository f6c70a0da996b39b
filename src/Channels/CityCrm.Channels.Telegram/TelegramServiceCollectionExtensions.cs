using CityCrm.Channels.Telegram.Outbound;
using CityCrm.Channels.Telegram.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Telegram;

/// <summary>Registers the Telegram channel.</summary>
public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="TelegramOptions"/> from the "Telegram" section (validated at start), the Bot API client and the
    /// sender. The webhook (<see cref="TelegramApi.MapTelegram"/>) needs the conversation engine.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(TelegramBotClient.HttpClientName, (sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.ApiTimeoutSeconds));
        services.TryAddSingleton<TelegramBotClient>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSender, TelegramSender>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITypingSender, TelegramSender>());
        return services;
    }
}
