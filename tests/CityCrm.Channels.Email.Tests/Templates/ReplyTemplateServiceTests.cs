using System.Text.Json;
using CityCrm.Channels.Email.Outbound;
using CityCrm.Channels.Email.Templates;
using CityCrm.Channels.Email.Tests.Support;
using CityCrm.CaseCore;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Email.Tests.Templates;

/// <summary>The reply templates in bots/City311/templates/email, filled in for a conversation.</summary>
public sealed class ReplyTemplateServiceTests
{
    [Fact]
    public async Task ListAsync_EnglishConversation_ListsTheFourTemplates()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var conversation = await services.OpenConversationAsync(EmailServices.NewResident());

        var listed = await services.Get<ReplyTemplateService>().ListAsync(conversation.Id, CancellationToken.None);

        Assert.NotNull(listed);
        Assert.Equal("en", listed.Value.Language);
        Assert.Equal(["acknowledgement", "answer", "more-information", "resolved"], listed.Value.Templates.Select(t => t.Name));
        Assert.All(listed.Value.Templates, t => Assert.False(string.IsNullOrWhiteSpace(t.Title)));
    }

    [Fact]
    public async Task RenderAsync_AcknowledgementInEnglish_FillsNameCaseAndNextSteps()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var conversation = await services.OpenConversationAsync(EmailServices.NewResident(), "Dana Resident");
        var opened = await services.OpenCaseAsync(conversation);

        var rendered = await services.Get<ReplyTemplateService>().RenderAsync(conversation.Id, "acknowledgement", "Alex Agent", CancellationToken.None);

        Assert.NotNull(rendered);
        Assert.StartsWith("Hello Dana Resident,", rendered.Text);
        Assert.Contains($"service request {opened.Reference} (Pothole)", rendered.Text);
        Assert.Contains("Public Works - Streets Division will review your request", rendered.Text);
        Assert.Contains("Alex Agent\nRiverton 311", rendered.Text);
        Assert.DoesNotContain("{{", rendered.Text);
    }

    [Fact]
    public async Task RenderAsync_ResidentWroteInSpanish_FillsTheSpanishTemplate()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var conversation = await services.OpenConversationAsync(EmailServices.NewResident());
        var opened = await services.OpenCaseAsync(conversation);
        await AppendAsync(services, conversation, MessageDirection.Incoming, "Hola, hay un bache muy grande en la calle Elm. ¿Cuándo lo van a arreglar?");

        var listed = await services.Get<ReplyTemplateService>().ListAsync(conversation.Id, CancellationToken.None);
        var rendered = await services.Get<ReplyTemplateService>().RenderAsync(conversation.Id, "resolved", "Alex Agent", CancellationToken.None);

        Assert.Equal("es", listed!.Value.Language);
        Assert.NotNull(rendered);
        Assert.Equal("es", rendered.Language);
        // No name is known: the greeting closes up instead of leaving a gap.
        Assert.StartsWith("Hola:", rendered.Text);
        Assert.Contains($"Su solicitud de servicio {opened.Reference} (Pothole) ahora está recibida.", rendered.Text);
    }

    [Fact]
    public async Task RenderAsync_Answer_ListsTheArticlesTheBotCited()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var conversation = await services.OpenConversationAsync(EmailServices.NewResident(), "Pat");
        await AppendAsync(services, conversation, MessageDirection.Outgoing, "Trash is collected weekly.",
            Citation("Trash and recycling pickup", "/kb/trash-pickup"), Citation("Bulk item pickup", "https://311.riverton.test/kb/bulk-items"));

        var rendered = await services.Get<ReplyTemplateService>().RenderAsync(conversation.Id, "answer", "Alex Agent", CancellationToken.None);

        Assert.NotNull(rendered);
        Assert.Contains("- Trash and recycling pickup: https://311.riverton.test/kb/trash-pickup\n- Bulk item pickup: https://311.riverton.test/kb/bulk-items", rendered.Text);
    }

    [Fact]
    public async Task RenderAsync_NameWithMarkup_TextKeepsItAndTheHtmlPartEscapesIt()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var conversation = await services.OpenConversationAsync(EmailServices.NewResident(), "<script>alert('hi')</script>");

        var rendered = await services.Get<ReplyTemplateService>().RenderAsync(conversation.Id, "more-information", "<b>Alex</b>", CancellationToken.None);

        Assert.NotNull(rendered);
        Assert.StartsWith("Hello <script>alert('hi')</script>,", rendered.Text);
        var html = MailHtml.FromText(rendered.Text);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("Hello &lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;,", html);
        Assert.Contains("&lt;b&gt;Alex&lt;/b&gt;", html);
    }

    [Fact]
    public async Task RenderAsync_UnknownTemplateOrConversation_Null()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var conversation = await services.OpenConversationAsync(EmailServices.NewResident());
        var templates = services.Get<ReplyTemplateService>();

        Assert.Null(await templates.RenderAsync(conversation.Id, "../words", "Alex", CancellationToken.None));
        Assert.Null(await templates.RenderAsync("no-such-conversation", "acknowledgement", "Alex", CancellationToken.None));
        Assert.Null(await templates.ListAsync("no-such-conversation", CancellationToken.None));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Words_EveryCaseStatus_HasAStatusWordAndNextSteps(string language)
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var words = services.Get<ReplyTemplateLibrary>().Words(language);

        // A status without words would reach a resident as its enum name ("OnHold").
        Assert.All(Enum.GetNames<CaseStatus>(), status =>
        {
            Assert.False(string.IsNullOrWhiteSpace(words.Status.GetValueOrDefault(status)), status);
            Assert.False(string.IsNullOrWhiteSpace(words.NextSteps.GetValueOrDefault(status)), status);
        });
    }

    private static Entity Citation(string title, string url) => new()
    {
        Type = "citation",
        Properties = new() { ["title"] = JsonSerializer.SerializeToElement(title), ["url"] = JsonSerializer.SerializeToElement(url) },
    };

    private static Task AppendAsync(EmailServices services, Conversation conversation, MessageDirection direction, string text, params Entity[] entities) =>
        services.Get<IConversationStore>().AppendAsync(new Message
        {
            ConversationId = conversation.Id,
            Direction = direction,
            AuthorKind = direction == MessageDirection.Incoming ? AuthorKind.Contact : AuthorKind.Bot,
            Text = text,
            Activity = new Activity { Type = ActivityTypes.Message, Text = text, Entities = entities.Length == 0 ? null : [.. entities] },
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
}
