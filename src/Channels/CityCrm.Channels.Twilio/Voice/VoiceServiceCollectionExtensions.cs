using CityCrm.Knowledge.Languages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Voice;

/// <summary>Registers the phone line (the Twilio voice webhooks' flows); needs <c>AddTwilio</c> and the conversation engine.</summary>
public static class VoiceServiceCollectionExtensions
{
    public static IServiceCollection AddTwilioVoice(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<VoiceOptions>(configuration.GetSection(VoiceOptions.SectionName));
        // Each language binds English first, so a text missing in a language is said in English rather than left silent.
        foreach (var language in KnowledgeLanguages.All)
        {
            services.Configure<VoiceMessages>(language, configuration.GetSection(VoiceLines.Section(KnowledgeLanguages.English)));
            services.Configure<VoiceMessages>(language, configuration.GetSection(VoiceLines.Section(language)));
        }
        services.AddOptions<VoiceMessages>(KnowledgeLanguages.English)
            .Validate(m => !m.Missing().Any(), "VoiceMessages (bots/City311/messages/en.json) must give every text of the phone line.")
            .ValidateOnStart();
        services.AddSingleton<VoiceLines>();
        services.AddSingleton<VoiceUrls>();
        services.AddSingleton<VoiceReplies>();
        services.AddScoped<VoiceCallFlow>();
        services.AddScoped<VoiceQueueFlow>();
        return services;
    }
}
