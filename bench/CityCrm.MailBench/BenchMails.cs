using MimeKit;

namespace CityCrm.MailBench;

/// <summary>A realistic day of a city mailbox: questions, reports, replies, some HTML-only mail and a few photos.</summary>
internal static class BenchMails
{
    private static readonly string[] Questions =
    [
        "When is bulk trash pickup on Maple Avenue?", "There is a pothole at 12 Elm Street, please fix it.",
        "How do I pay a parking ticket?", "The streetlight at Oak and 5th is out.", "What are the library hours on Saturday?",
        "Do I need a permit to build a fence?", "My recycling was not collected today.", "How do I register my dog?",
    ];

    public static IEnumerable<MimeMessage> Generate(int count, string to)
    {
        var random = new Random(311);
        for (var i = 0; i < count; i++)
        {
            var message = new MimeMessage { Subject = $"Question {i}", Date = DateTimeOffset.UtcNow, MessageId = $"bench-{i}@mail.example" };
            message.From.Add(new MailboxAddress($"Resident {i % 150}", $"resident{i % 150}@mail.example"));
            message.To.Add(MailboxAddress.Parse(to));
            var question = Questions[random.Next(Questions.Length)];
            var builder = new BodyBuilder();
            if (i % 5 == 0)
                builder.HtmlBody = $"<html><body><p>{question}</p><p>Thanks,<br>Resident {i % 150}</p></body></html>";
            else
                builder.TextBody = $"{question}\n\nThanks,\nResident {i % 150}\n\n-- \nSent from my phone";
            if (i % 4 == 1 && i > 4)
            {
                // A reply quoting an earlier message of the batch.
                message.InReplyTo = $"bench-{i - 4}@mail.example";
                builder.TextBody = $"Any news?\n\nOn Mon, Mar 2, 2026 at 9:20 AM Resident wrote:\n> {question}";
                builder.HtmlBody = null;
            }
            if (i % 50 == 7)
            {
                var photo = new byte[200_000];
                random.NextBytes(photo);
                builder.Attachments.Add($"photo-{i}.jpg", photo, new ContentType("image", "jpeg"));
            }
            message.Body = builder.ToMessageBody();
            yield return message;
        }
    }
}
