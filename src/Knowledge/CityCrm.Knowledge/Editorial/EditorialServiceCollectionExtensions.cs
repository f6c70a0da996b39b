using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Knowledge.Editorial;

/// <summary>Registers the editors' workflow.</summary>
public static class EditorialServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="EditorialService"/>. It needs the knowledge base (<c>AddCityKnowledge</c>), an
    /// <see cref="IEditorialStore"/> and a <see cref="TimeProvider"/>, registered separately.
    /// </summary>
    public static IServiceCollection AddKnowledgeEditorial(this IServiceCollection services)
    {
        services.AddSingleton<EditorialService>();
        return services;
    }
}
