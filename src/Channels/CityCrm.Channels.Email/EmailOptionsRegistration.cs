using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Email;

/// <summary>
/// Binds <see cref="EmailOptions"/> once, however many of the email channel's registrations (reading, sending) ask
/// for it: binding a section twice appends its mailboxes twice, and every mailbox would then be read twice.
/// </summary>
internal static class EmailOptionsRegistration
{
    public static OptionsBuilder<EmailOptions> AddEmailOptions(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddOptions<EmailOptions>();
        if (services.Any(d => d.ServiceType == typeof(Bound)))
            return builder;
        services.TryAddSingleton<Bound>();
        return builder.Bind(configuration.GetSection(EmailOptions.Section));
    }

    // Marks the container whose EmailOptions are already bound.
    private sealed class Bound;
}
