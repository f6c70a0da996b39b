namespace CityCrm.CaseCore.Tests;

public sealed class AttributeAnswersTests
{
    // Shaped like Boston's bird infestation definition: a list, a conditional follow-up, plus a number and a date.
    private static readonly ServiceDefinition Birds = new("BIRDINFEST", "Bird infestation", "ISD", "Birds", [])
    {
        Attributes =
        [
            new("WHERE", "Location of birds", AttributeDatatype.SingleValueList, Required: true, Order: 2)
            {
                Values = [new("Roof", "Roof"), new("PWR", "Power Lines"), new("Other", "Other")],
            },
            new("OTHER", "If other, please specify", AttributeDatatype.String, Required: true, Order: 3)
            {
                Condition = new("OR", [new AttributeRule("WHERE", "eq", "Other")]),
            },
            new("COUNT", "How many birds?", AttributeDatatype.Number, Order: 4),
            new("SEEN", "When did you see them?", AttributeDatatype.Datetime, Order: 5),
            new("KINDS", "Which kinds?", AttributeDatatype.MultiValueList, Order: 6) { Values = [new("P", "Pigeons"), new("G", "Gulls")] },
            new("NOTE", "Please call 311 for an emergency", AttributeDatatype.Text, Order: 1, Variable: false),
        ],
    };

    private static Dictionary<string, IReadOnlyList<string>> Answers(params (string Code, string[] Values)[] answers) =>
        answers.ToDictionary(a => a.Code, a => (IReadOnlyList<string>)a.Values);

    [Fact]
    public void Normalize_ChoiceGivenByName_StoresItsKey()
    {
        var result = AttributeAnswers.Normalize(Birds, Answers(("WHERE", ["power lines"])));

        Assert.Equal(["PWR"], result["WHERE"]);
        Assert.False(result.ContainsKey("OTHER"));
    }

    [Fact]
    public void Normalize_ConditionHoldsAndFollowUpMissing_ReportsTheFollowUpAsRequired()
    {
        var e = Assert.Throws<CaseRequestException>(() => AttributeAnswers.Normalize(Birds, Answers(("WHERE", ["Other"]))));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("attribute[OTHER]", "required"), (problem.Field, problem.Code));
    }

    [Fact]
    public void Normalize_ConditionDoesNotHold_DropsTheFollowUpAnswer()
    {
        var result = AttributeAnswers.Normalize(Birds, Answers(("WHERE", ["Roof"]), ("OTHER", ["chimney"])));

        Assert.False(result.ContainsKey("OTHER"));
    }

    [Fact]
    public void Normalize_SeveralBadAnswers_ListsEveryProblem()
    {
        var e = Assert.Throws<CaseRequestException>(() => AttributeAnswers.Normalize(Birds,
            Answers(("WHERE", ["Basement"]), ("COUNT", ["lots"]), ("SEEN", ["2026-02-30T10:00"]), ("COLOR", ["grey"]))));

        Assert.Equal(
            ["attribute[COLOR]:unknown", "attribute[WHERE]:not_in_list", "attribute[COUNT]:invalid", "attribute[SEEN]:invalid"],
            e.Problems.Select(p => p.Field + ":" + p.Code));
        Assert.Contains("Roof, Power Lines, Other", e.Problems[1].Message);
    }

    [Fact]
    public void Normalize_NumberDateAndMultipleChoices_AreCanonical()
    {
        var result = AttributeAnswers.Normalize(Birds,
            Answers(("WHERE", ["Roof"]), ("COUNT", ["12.50"]), ("SEEN", ["2026-03-02T09:30:00-05:00"]), ("KINDS", ["Gulls", "P", "G"])));

        Assert.Equal(["12.5"], result["COUNT"]);
        Assert.Equal(["2026-03-02T09:30:00-05:00"], result["SEEN"]);
        Assert.Equal(["G", "P"], result["KINDS"]);
    }

    [Fact]
    public void Check_TwoAnswersToSingleChoice_IsInvalid()
    {
        var problem = AttributeAnswers.Check(Birds.Attributes[0], ["Roof", "Other"], out var canonical);

        Assert.Equal("invalid", problem?.Code);
        Assert.Empty(canonical);
    }

    [Fact]
    public void Normalize_RequiredListMissing_IsRequired()
    {
        var e = Assert.Throws<CaseRequestException>(() => AttributeAnswers.Normalize(Birds, null));

        Assert.Equal("attribute[WHERE]", Assert.Single(e.Problems).Field);
    }
}
