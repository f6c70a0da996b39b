namespace CityCrm.CaseCore;

/// <summary>The Open311 GeoReport v2 attribute datatypes a service definition can ask for.</summary>
public enum AttributeDatatype
{
    /// <summary>A short single line of text.</summary>
    String = 0,
    /// <summary>Free text that may span lines.</summary>
    Text = 1,
    Number = 2,
    /// <summary>An ISO 8601 date and time.</summary>
    Datetime = 3,
    /// <summary>Exactly one key from <see cref="ServiceAttribute.Values"/>.</summary>
    SingleValueList = 4,
    /// <summary>One or more keys from <see cref="ServiceAttribute.Values"/>.</summary>
    MultiValueList = 5,
}
