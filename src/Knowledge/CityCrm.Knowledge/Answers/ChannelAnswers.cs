namespace CityCrm.Knowledge.Answers;

/// <summary>One article's answer as each channel gives it.</summary>
/// <param name="WebChat">The web chat text: the summary and a link to the full article.</param>
/// <param name="Link">The full article's address.</param>
/// <param name="Sms">The text message: at most <see cref="Article.MaxSmsLength"/> characters.</param>
/// <param name="Voice">What is said on a call: plain sentences, no addresses or formatting.</param>
public sealed record ChannelAnswers(string WebChat, string Link, string Sms, string Voice);
