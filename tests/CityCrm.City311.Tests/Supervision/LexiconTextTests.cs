using CityCrm.Conversations.Supervision;

namespace CityCrm.City311.Tests.Supervision;

public sealed class LexiconTextTests
{
    [Fact]
    public void Words_AccentedSpanish_LowerCaseWithoutAccents() =>
        Assert.Equal(["rapido", "pesimo", "recoleccion", "nino"], LexiconText.Words("¡Rápido! PÉSIMO, recolección; niño"));

    [Fact]
    public void Words_Contractions_KeepTheirApostrophe() =>
        Assert.Equal(["don't", "isn't", "it"], LexiconText.Words("Don’t… isn't 'it'"));
}
