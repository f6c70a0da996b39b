namespace CityCrm.Open311;

/// <summary>The two response formats GeoReport v2 defines, chosen by the URL's extension (<c>services.json</c>, <c>services.xml</c>).</summary>
public enum Open311Format
{
    Json = 0,
    Xml = 1,
}
