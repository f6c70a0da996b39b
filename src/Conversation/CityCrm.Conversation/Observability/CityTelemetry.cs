using System.Diagnostics;

namespace CityCrm.Conversations.Observability;

/// <summary>
/// The names under which the service reports itself: one meter (<see cref="CityMetrics"/>) and one activity source for
/// traces. Tags carry channels, inboxes, queues and outcomes, never an address or a message's text.
/// </summary>
public static class CityTelemetry
{
    /// <summary>The meter and activity source name to subscribe to (OpenTelemetry's AddMeter / AddSource).</summary>
    public const string Name = "CityCrm";

    /// <summary>Spans for a resident's message as it is received and for the bot's turn that answers it.</summary>
    public static ActivitySource Source { get; } = new(Name);
}
