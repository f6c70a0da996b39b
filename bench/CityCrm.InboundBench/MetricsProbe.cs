using System.Globalization;

namespace CityCrm.InboundBench;

/// <summary>
/// Reads the host's own counters from <c>/metrics</c> (loopback may scrape without a token): residents' messages in,
/// and bot and agent replies out, summed over channels.
/// </summary>
internal sealed class MetricsProbe(HttpClient http)
{
    public async Task<(double In, double Out)> ReadAsync(CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync("/metrics", cancellationToken);
        double messagesIn = 0, messagesOut = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("citycrm_messages_in_total", StringComparison.Ordinal))
                messagesIn += Value(line);
            else if (line.StartsWith("citycrm_messages_out_total", StringComparison.Ordinal))
                messagesOut += Value(line);
        }
        return (messagesIn, messagesOut);
    }

    /// <summary>Waits until the counters stop moving for <paramref name="quiet"/> and returns them.</summary>
    public async Task<(double In, double Out)> SettleAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var last = await ReadAsync(cancellationToken);
        for (var stableSince = DateTime.UtcNow; DateTime.UtcNow - stableSince < quiet;)
        {
            await Task.Delay(100, cancellationToken);
            var now = await ReadAsync(cancellationToken);
            if (now != last)
                (last, stableSince) = (now, DateTime.UtcNow);
        }
        return last;
    }

    // "name{labels} value [timestamp]": the value is the first field after the closing brace or the name.
    private static double Value(string line)
    {
        var rest = line[(line.LastIndexOf('}') is var brace and >= 0 ? brace + 1 : line.IndexOf(' ', StringComparison.Ordinal))..];
        return double.Parse(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
    }
}
