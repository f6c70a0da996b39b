using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>A captured webhook body (Payloads/*.form, url-encoded as Twilio posts it), to read or to change and post.</summary>
public sealed class Payload(List<KeyValuePair<string, string>> fields)
{
    public List<KeyValuePair<string, string>> Fields { get; } = fields;

    public static Payload Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var pair in new QueryStringEnumerable(text))
            fields.Add(new(pair.DecodeName().ToString(), pair.DecodeValue().ToString()));
        return new Payload(fields);
    }

    public string this[string name] => Fields.First(f => f.Key == name).Value;

    /// <summary>A copy with <paramref name="name"/> set (replaced or added).</summary>
    public Payload With(string name, string value)
    {
        var copy = Fields.Where(f => f.Key != name).ToList();
        copy.Add(new(name, value));
        return new Payload(copy);
    }

    /// <summary>A copy whose message sid fields all read <paramref name="sid"/>, so a test's messages never collide.</summary>
    public Payload WithSid(string sid) => With("MessageSid", sid).With("SmsSid", sid).With("SmsMessageSid", sid);

    public IFormCollection ToForm() =>
        new FormCollection(Fields.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => new StringValues(g.Select(f => f.Value).ToArray())));

    public FormUrlEncodedContent ToContent() => new(Fields);
}
