using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Knowledge.Editorial;

/// <summary>Registers the editors' workflow.</summary>
public static class EditorialServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="EditorialService"/>. It needs the knowledge base (<c>AddCityKnowledge</c>), an
    /// <see cref="IEditorialStore"/> and a <see cref="TimeProvider"/>, registered separately. At start-up,
    /// <see cref="PublishedArticleRepair"/> finishes any publication a crash left half done.
    /// </summary>
    public static IServiceCollection AddKnowledgeEditorial(this IServiceCollection services)
    {
        services.AddSingleton<EditorialService>();
        services.AddHostedService<PublishedArticleRepair>();
        return services;
    }
}
