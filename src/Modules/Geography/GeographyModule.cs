using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Geography.Places;

namespace SocialeKaart.Modules.Geography;

/// <summary>Reference geography: read-only public data, loaded once at start-up and answered from memory.</summary>
public static class GeographyModule
{
    public static IServiceCollection AddGeographyModule(this IServiceCollection services)
    {
        // Instance registrations: Wolverine's code generation refuses factory lambdas.
        var gazetteer = GazetteerLoader.LoadEmbedded();
        services.AddSingleton(gazetteer);
        services.AddSingleton<IGeography>(gazetteer);
        return services;
    }
}
