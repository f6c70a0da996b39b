using CityCrm.Conversations.Outreach;

namespace CityCrm.Conversations.Tests.Outreach;

public sealed class SubscriptionCommandTests
{
    [Theory]
    [InlineData("SUBSCRIBE TRASH", true, "trash", "en")]
    [InlineData("  subscribe   trash! ", true, "trash", "en")]
    [InlineData("UNSUBSCRIBE TRASH", false, "trash", "en")]
    [InlineData("Suscribir basura", true, "basura", "es")]
    [InlineData("¡SUSCRIBIR INUNDACIÓN!", true, "inundacion", "es")]
    [InlineData("cancelar suscripción basura", false, "basura", "es")]
    [InlineData("SUBSCRIBE", true, null, "en")]
    public void Parse_KeywordMessages_CommandWithTopicAndLanguage(string text, bool subscribe, string? topic, string language) =>
        Assert.Equal(new SubscriptionCommand(subscribe, topic, language), SubscriptionCommand.Parse(text));

    [Theory]
    [InlineData("UNSUBSCRIBE")]
    [InlineData("how do I subscribe to trash alerts")]
    [InlineData("subscribers")]
    [InlineData("")]
    public void Parse_OtherMessages_NotACommand(string text) => Assert.Null(SubscriptionCommand.Parse(text));
}
