using CityCrm.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>The Twilio registrations alone (no host), configured for the test account and a given API server.</summary>
public static class TwilioServices
{
    public static ServiceProvider Create(string apiBaseUrl, Action<Dictionary<string, string?>>? change = null)
    {
        var settings = TestAccount.Settings(apiBaseUrl);
        string[][] inboxes = [[TestAccount.SmsInbox, "sms"], [TestAccount.VoiceInbox, "voice"], ["sms-other", "sms"]];
        for (var i = 0; i < inboxes.Length; i++)
            (settings[$"Conversations:Inboxes:{i}:Id"], settings[$"Conversations:Inboxes:{i}:ChannelId"], settings[$"Conversations:Inboxes:{i}:Name"]) = (inboxes[i][0], inboxes[i][1], inboxes[i][0]);
        change?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<ConversationOptions>(configuration.GetSection("Conversations"));
        services.AddTwilio(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
