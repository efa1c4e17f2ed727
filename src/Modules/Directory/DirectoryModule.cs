using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Directory.Classification;
using SocialeKaart.Modules.Directory.DataSet;
using SocialeKaart.Modules.Directory.Fiches;
using SocialeKaart.Modules.Directory.Fiches.Revisions;

namespace SocialeKaart.Modules.Directory;

/// <summary>The Directory module owns the fiche streams and the read models built from them.</summary>
public static class DirectoryModule
{
    public static void ConfigureMarten(StoreOptions options)
    {
        foreach (var type in typeof(IFicheEvent).Assembly.GetExportedTypes().Where(t => t.IsAssignableTo(typeof(IFicheEvent)) && !t.IsInterface))
            options.Events.AddEventType(type);
        options.Projections.Add<FicheProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<Fiche>().Index(x => x.ParentId!);
        options.Schema.For<DataSetManifest>().Identity(x => x.Id);
        options.Schema.For<DataSet.Registers.RegisterImportState>();

        // Erasure of personal data: applying masking to a fiche's stream rewrites these events in place.
        options.Events.AddMaskingRuleForProtectedInformation<PersonsChanged>(e => e with
        {
            Persons = e.Persons.Select(p => p with { Name = "(gewist)", Phone = null, Email = null }).ToList(),
        });
        options.Events.AddMaskingRuleForProtectedInformation<HealthPracticeChanged>(e => e with
        {
            Practice = e.Practice is null ? null : FicheEvolution.Erased(e.Practice),
        });
        options.Projections.Add<FicheListItemProjection>(ProjectionLifecycle.Async);

        foreach (var type in new[] { typeof(RubriekCreated), typeof(RubriekRenamed), typeof(RubriekMoved), typeof(RubriekRetired),
                     typeof(TrefwoordCreated), typeof(TrefwoordChanged), typeof(TrefwoordRetired) })
            options.Events.AddEventType(type);
        options.Projections.Snapshot<Rubriek>(SnapshotLifecycle.Inline);
        options.Schema.For<Rubriek>().UniqueIndex(x => x.Code);
        options.Projections.Snapshot<Trefwoord>(SnapshotLifecycle.Inline);
        options.Schema.For<FicheListItem>().Index(x => x.Name);
    }

    public static IServiceCollection AddDirectoryModule(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue("Classification:SeedOnStartup", true)) services.AddHostedService<ClassificationSeeder>();
        services.AddSingleton<DataSetLoader>();
        services.AddSingleton<DataSet.Registers.RegisterImport>();
        services.AddSingleton<IRubriekTree, RubriekTreeReader>();
        services.AddSingleton<IFicheDetails, FicheDetailsReader>();
        services.AddSingleton<IThesaurus, ThesaurusReader>();
        services.AddSingleton<IFicheSnapshots, FicheSnapshotSource>();
        services.AddSingleton<FicheRevisionRules>();
        services.AddSingleton<IFicheRevisions, FicheRevisionRules>(); // stateless: a second instance costs nothing
        services.AddScoped<IFicheRevisionStage, Fiches.Revisions.FicheRevisionStage>();
        if (configuration.GetValue<bool>("DataSet:LoadOnStartup")) services.AddHostedService<DataSetSeeder>();
        return services;
    }
}
