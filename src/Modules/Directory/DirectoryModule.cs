using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Directory.Demo;
using SocialeKaart.Modules.Directory.Fiches;

namespace SocialeKaart.Modules.Directory;

/// <summary>The Directory module owns the fiche streams and the read models built from them.</summary>
public static class DirectoryModule
{
    public static void ConfigureMarten(StoreOptions options)
    {
        options.Events.AddEventType<OrganisationRegistered>();
        options.Events.AddEventType<OrganisationRenamed>();
        options.Projections.Add<FicheDetailsProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<FicheListItemProjection>(ProjectionLifecycle.Async);
        options.Schema.For<FicheListItem>().Index(x => x.Name);
    }

    public static IServiceCollection AddDirectoryModule(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("Demo:SeedOnStartup")) services.AddHostedService<DemoDataSeeder>();
        return services;
    }
}
