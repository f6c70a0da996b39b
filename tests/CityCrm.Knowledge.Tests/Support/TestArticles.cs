namespace CityCrm.Knowledge.Tests.Support;

/// <summary>Small articles for index and store tests.</summary>
public static class TestArticles
{
    public static Article Make(string id, string title, string summary, params string[] questions) =>
        new(id, title, summary, $"## {title}\n\n{summary}", questions, [], "Testing");

    public static Article Recycling => Make(
        "recycling-pickup", "Recycling pickup day", "Recycling is collected every other week.",
        "When is my recycling picked up?");

    public static Article Potholes => Make(
        "potholes", "Report a pothole", "Report potholes to 311; most are filled within three days.",
        "How do I report a pothole?");

    public static Article DogLicense => Make(
        "dog-license", "Dog licenses", "Every dog needs a license each year.",
        "How do I license my dog?");
}
