using Marten;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Indexing;
using SocialeKaart.Modules.Search.Lucene;

namespace SocialeKaart.Modules.Search;

/// <summary>The Search module: the ledger of indexed fiches (Marten) and the engine behind the search endpoints.</summary>
public static class SearchModule
{
    public static void ConfigureMarten(StoreOptions options)
    {
        options.Schema.For<FicheSearchEntry>().DocumentAlias("search_fiche_entry");
        options.Schema.For<ZeroResultSearch>().DocumentAlias("search_zero_result").Index(x => x.At);
    }

    public static IServiceCollection AddSearchModule(this IServiceCollection services)
    {
        // A type registration: Wolverine's code generation refuses factory lambdas.
        services.AddSingleton<ISearchEngine, LuceneSearchEngine>();
        services.AddSingleton<SearchIndexCatchUp>();
        services.AddSingleton<SearchIndexRebuilder>();
        services.AddHostedService<SearchIndexStartup>();
        return services;
    }
}
