using CityCrm.Conversations.Model;
using CityCrm.Conversations.Routing;
using CityCrm.Conversations.Tests.Fakes;

namespace CityCrm.Conversations.Tests.Routing;

public sealed class QueueResolverTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly InMemoryConversationStore store = new();

    private async Task<Conversation> ConversationAsync(string? language = null, string? locale = null)
    {
        var contact = await store.GetOrCreateContactAsync("web", "dl-" + Guid.NewGuid().ToString("N"), "Resident", CancellationToken.None);
        if (language is not null)
            await store.SetContactLanguageAsync(contact.Id, language, CancellationToken.None);
        return new Conversation("c1", new Inbox("web", "webchat", "Web"), contact.Id, "dl", Now) { Locale = locale };
    }

    [Fact]
    public async Task ResolveAsync_NothingKnown_GeneralInEnglish()
    {
        var queue = await new QueueResolver(store).ResolveAsync(await ConversationAsync(), "Resident asked for a person", CancellationToken.None);

        Assert.Equal("general/en", queue);
    }

    [Fact]
    public async Task ResolveAsync_SpanishContactReportingAPothole_PublicWorksInSpanish()
    {
        var resolver = new QueueResolver(store, catalog: new FakeCases());

        var queue = await resolver.ResolveAsync(await ConversationAsync("es"), "Resident asked for a person while reporting: pothole on Elm St", CancellationToken.None);

        Assert.Equal("public-works/es", queue);
    }

    [Fact]
    public async Task ResolveAsync_NoContactLanguage_TakesTheConversationLocale()
    {
        var queue = await new QueueResolver(store).ResolveAsync(await ConversationAsync(locale: "es-MX"), "asked", CancellationToken.None);

        Assert.Equal("general/es", queue);
    }

    [Theory]
    [InlineData("Public Works - Streets Division", "public-works")]
    [InlineData("Parks and Recreation - Forestry", "parks-and-recreation")]
    [InlineData("Animal Services", "animal-services")]
    public void DepartmentSlug_CatalogueDepartment_IsItsHeadAsASlug(string department, string slug) =>
        Assert.Equal(slug, QueueName.DepartmentSlug(department));
}
