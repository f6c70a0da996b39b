namespace CityCrm.City311.Api.Dtos.My;

/// <summary>A consent the portal offers: the wording shown for opting in and for opting out, which is what gets recorded.</summary>
public sealed record MyConsentChoiceDto(string Channel, string Topic, string OptInWording, string OptOutWording);
