namespace CityCrm.City311.Api.Dtos;

/// <summary>A knowledge article found from the console, with the text to insert into a reply on the conversation's channel.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">Its title (plain text).</param>
/// <param name="Summary">Its summary (plain text).</param>
/// <param name="Variant">"sms" (the short answer, for SMS, WhatsApp and calls answered by text) or "full" (summary and link).</param>
/// <param name="InsertText">What goes into the reply box.</param>
/// <param name="Url">The article's public page.</param>
public sealed record ReplyArticleDto(string ArticleId, string Title, string Summary, string Variant, string InsertText, string Url);
