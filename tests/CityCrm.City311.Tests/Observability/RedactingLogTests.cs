using System.Text.Json;
using CityCrm.City311.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Tests.Observability;

/// <summary>Residents' phone numbers and email addresses never reach the console log unless the plain format is chosen.</summary>
public sealed class RedactingLogTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Theory]
    [InlineData("Mail to ana.ruiz@example.org bounced", "Mail to [email] bounced")]
    [InlineData("SMS from +13125550142 stored", "SMS from [phone] stored")]
    [InlineData("call (312) 555-0142 or 312.555.0143", "call [phone] or [phone]")]
    [InlineData("case R-100042, conversation 7f3a9, SID SM0123456789abcdef0123456789abcdef", "case R-100042, conversation 7f3a9, SID SM0123456789abcdef0123456789abcdef")]
    [InlineData("retry 3 of 12 in 1500 ms", "retry 3 of 12 in 1500 ms")]
    public void Redact_PersonalDetails_MaskedAndIdsKept(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Fact]
    public void Write_StructuredMessageWithAnAddressAndAnException_MasksMessageValuesAndException()
    {
        var state = new List<KeyValuePair<string, object?>>
        {
            new("Address", "+13125550142"),
            new("Attempts", 3),
            new("{OriginalFormat}", "Sending to {Address} failed after {Attempts} attempts"),
        };
        var scopes = new LoggerExternalScopeProvider();
        using var scope = scopes.Push(new List<KeyValuePair<string, object?>> { new("From", "ana@example.org") });
        using var output = new StringWriter();

        new RedactingJsonConsoleFormatter().Write(
            new LogEntry<List<KeyValuePair<string, object?>>>(LogLevel.Warning, "CityCrm.Test", new EventId(7), state,
                new InvalidOperationException("provider refused ana@example.org"), (_, _) => "Sending to +13125550142 failed after 3 attempts"),
            scopes, output);

        var line = output.ToString();
        Assert.DoesNotContain("5550142", line);
        Assert.DoesNotContain("ana@example.org", line);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Sending to [phone] failed after 3 attempts", json.RootElement.GetProperty("Message").GetString());
        Assert.Equal("[phone]", json.RootElement.GetProperty("State").GetProperty("Address").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("State").GetProperty("Attempts").GetInt32());
        Assert.Equal("[email]", json.RootElement.GetProperty("Scopes")[0].GetProperty("From").GetString());
        Assert.Contains("[email]", json.RootElement.GetProperty("Exception").GetString());
    }

    [Fact]
    public void Host_DefaultConfiguration_WritesTheConsoleThroughTheRedactingFormat()
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(RedactingJsonConsoleFormatter.FormatterName, options.FormatterName);
        Assert.Contains(factory.Services.GetServices<ConsoleFormatter>(), f => f.Name == RedactingJsonConsoleFormatter.FormatterName);
    }

    [Fact]
    public void Host_DefaultConfiguration_KernelFunctionCallsAreNotLoggedAtInformation()
    {
        // Three lines per bot answer otherwise; the audit log already records every function call.
        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.SemanticKernel.KernelFunction");

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }
}
