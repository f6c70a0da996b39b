using System.Text.Json;
using CityCrm.CaseCore;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Bot.Intake;

namespace CityCrm.Conversations.Tests.Duplicates;

/// <summary>Every channel's shared position, and the attachments that become a report's media.</summary>
public sealed class SharedLocationTests
{
    [Fact]
    public void From_MessagingLocationEntity_ReadsLatitudeAndLongitude()
    {
        var activity = With(new Entity { Type = "location", Properties = new() { ["latitude"] = Json(42.36), ["longitude"] = Json(-71.05) } });

        Assert.Equal(new GeoPoint(42.36, -71.05), SharedLocation.From(activity));
    }

    [Fact]
    public void From_DirectLinePlaceWithGeo_ReadsTheCoordinates()
    {
        var activity = With(new Entity { Type = "Place", Properties = new() { ["geo"] = Json(new { latitude = 42.35, longitude = -71.06 }) } });

        Assert.Equal(new GeoPoint(42.35, -71.06), SharedLocation.From(activity));
    }

    [Fact]
    public void From_ImpossibleOrMissingCoordinates_Null()
    {
        Assert.Null(SharedLocation.From(With(new Entity { Type = "GeoCoordinates", Properties = new() { ["latitude"] = Json(95.0), ["longitude"] = Json(0.0) } })));
        Assert.Null(SharedLocation.From(With(new Entity { Type = "citation", Properties = new() { ["latitude"] = Json(1.0), ["longitude"] = Json(1.0) } })));
        Assert.Null(SharedLocation.From(new Activity()));
    }

    [Theory]
    [InlineData("/api/agent/attachments/abc123", "attachment:abc123")]
    [InlineData("/api/agent/attachments/meta/106/778", "attachment:meta/106/778")]
    [InlineData("https://api.twilio.com/media/ME1", "https://api.twilio.com/media/ME1")]
    [InlineData("telegram:file/AgAD", "attachment:telegram:file/AgAD")]
    public void MediaFor_FileAddress_CaseMediaReference(string url, string expected) =>
        Assert.Equal(expected, MediaReference.For(url));

    [Fact]
    public void MediaFrom_VoiceRecording_LeftOut()
    {
        var activity = new Activity
        {
            Attachments =
            [
                new Attachment { ContentType = "audio/mpeg", ContentUrl = "https://api.twilio.com/rec.mp3" },
                new Attachment { ContentType = "image/png", ContentUrl = "/api/agent/attachments/p1" },
            ],
        };

        Assert.Equal(["attachment:p1"], MediaReference.From(activity));
    }

    private static Activity With(Entity entity) => new() { Entities = [entity] };

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);
}
