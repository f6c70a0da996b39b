namespace CityCrm.CaseCore.Suggestions;

/// <summary>The parts of a service the ranker reads, each with its own weight.</summary>
internal enum ServiceField
{
    Name = 0,
    /// <summary>Keywords of one word: on its own such a word names the service.</summary>
    Keywords = 1,
    Group = 2,
    Description = 3,
    /// <summary>Descriptions of past cases finally filed under the service.</summary>
    History = 4,
    /// <summary>Words of multi-word keywords: "open" of "open hydrant" alone says little.</summary>
    Phrases = 5,
}
