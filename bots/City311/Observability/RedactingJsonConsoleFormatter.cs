using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace CityCrm.City311.Observability;

/// <summary>
/// The default console format: one JSON object per line (time, level, category, event id, message, exception, the
/// message's named values and scopes), with phone numbers and email addresses masked by
/// <see cref="PersonalDataRedactor"/> in every string. Choose the plain <c>json</c> formatter to see them unmasked.
/// </summary>
public sealed class RedactingJsonConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    /// <summary>The name to give <c>Logging:Console:FormatterName</c>.</summary>
    public const string FormatterName = "redacted-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
            return;
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps "+" and accents readable; the line is read by people and log tools, never as HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("Timestamp", DateTimeOffset.UtcNow.ToString("O"));
            json.WriteNumber("EventId", logEntry.EventId.Id);
            json.WriteString("LogLevel", logEntry.LogLevel.ToString());
            json.WriteString("Category", logEntry.Category);
            json.WriteString("Message", PersonalDataRedactor.Redact(message ?? string.Empty));
            if (logEntry.Exception is { } exception)
                json.WriteString("Exception", PersonalDataRedactor.Redact(exception.ToString()));
            if (logEntry.State is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                json.WriteStartObject("State");
                WriteValues(json, values);
                json.WriteEndObject();
            }
            json.WriteStartArray("Scopes");
            scopeProvider?.ForEachScope(static (scope, writer) => WriteScope(writer, scope), json);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        textWriter.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        textWriter.Write(Environment.NewLine);
    }

    private static void WriteScope(Utf8JsonWriter json, object? scope)
    {
        if (scope is IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            json.WriteStartObject();
            WriteValues(json, values);
            json.WriteEndObject();
        }
        else
        {
            json.WriteStringValue(PersonalDataRedactor.Redact(Convert.ToString(scope, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        }
    }

    private static void WriteValues(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        foreach (var (key, value) in values)
        {
            switch (value)
            {
                case null:
                    json.WriteNull(key);
                    break;
                case bool b:
                    json.WriteBoolean(key, b);
                    break;
                case int or long or short or byte or uint or ulong or double or float or decimal:
                    json.WriteNumber(key, Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    json.WriteString(key, PersonalDataRedactor.Redact(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
                    break;
            }
        }
    }
}
