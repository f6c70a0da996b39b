using System.Globalization;
using CityCrm.CaseCore.Streets;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// Checks a place the resident typed against the city's streets before the report goes on: a known address or crossing is
/// stored in its canonical form with its position; a misspelt or ambiguous one is offered back ("Did you mean ...?", up to
/// three and "none of these"); an unknown street, a number the street does not have, or two streets that never meet is asked
/// again saying what was wrong. Text that is no address (a landmark) is kept as written, as is a bare known street.
/// </summary>
public sealed class TypedPlace(IStreetResolver streets, ResidentLanguage residentLanguage)
{
    /// <summary>The report with its place settled, or null when a question about the place was asked instead.</summary>
    public async Task<IntakeState?> CheckAsync(Conversation conversation, IntakeState intake, string? prefix, Dictionary<string, object?> values,
        IntakeFlow flow, CancellationToken cancellationToken)
    {
        if (intake.Point is not null || intake.Location is not { } typed || !streets.HasStreets)
            return intake;
        var found = streets.Resolve(typed);
        var say = await residentLanguage.SayAsync(conversation, cancellationToken);
        switch (found.Outcome)
        {
            case AddressOutcome.Exact:
                return intake.At(found.Normalized, found.Point);
            case AddressOutcome.StreetOnly when found.Normalized != typed:
                return intake.At(found.Normalized, null);
            case AddressOutcome.Suggestions:
                values["typed"] = typed;
                var choices = found.Candidates.Select(c => c.Text).ToList();
                await flow.AskAsync(conversation, intake with { PlaceChoices = choices }, BotState.PlaceChoice,
                    IntakeFlow.Join(prefix, say.PlaceDidYouMean), values, [.. choices, say.NoneOfThese], cancellationToken);
                return null;
            case AddressOutcome.UnknownStreet or AddressOutcome.NumberOutOfRange or AddressOutcome.NotCrossing:
                values["street"] = found.Street;
                values["cross"] = found.CrossStreet;
                values["number"] = found.Number;
                values["lowest"] = found.LowestNumber.ToString(CultureInfo.InvariantCulture);
                values["highest"] = found.HighestNumber.ToString(CultureInfo.InvariantCulture);
                values["city"] = values.GetValueOrDefault("city") ?? flow.CityName;
                var problem = found.Outcome switch
                {
                    AddressOutcome.UnknownStreet => say.PlaceUnknownStreet,
                    AddressOutcome.NumberOutOfRange => say.PlaceNumberOutOfRange,
                    _ => say.PlaceNotCrossing,
                };
                await flow.AskAsync(conversation, intake.At(null, null), BotState.Location,
                    IntakeFlow.Join(prefix, IntakeFlow.Join(problem, say.PlaceForms)), values, [], cancellationToken);
                return null;
            default:
                return intake;
        }
    }
}
