using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>The Twilio registrations alone (no host), configured for the test account and a given API server.</summary>
public static class TwilioServices
{
    public static ServiceProvider Create(string apiBaseUrl, Action<Dictionary<string, string?>>? change = null)
    {
        var settings = TestAccount.Settings(apiBaseUrl);
        change?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTwilio(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
