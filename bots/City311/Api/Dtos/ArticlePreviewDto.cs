namespace CityCrm.City311.Api.Dtos;

/// <summary>Markdown to render (request) or the HTML the resident page would show (response).</summary>
public sealed record ArticlePreviewDto(string? Body, string? Html);
