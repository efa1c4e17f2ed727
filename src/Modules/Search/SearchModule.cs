using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using SocialeKaart.Modules.Search.Typesense;
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

    public static IServiceCollection AddSearchModule(this IServiceCollection services, IConfiguration configuration)
    {
        // Type registrations: Wolverine's code generation refuses factory lambdas.
        if (string.Equals(configuration["Search:Engine"], "Typesense", StringComparison.OrdinalIgnoreCase)) services.AddTypesense(configuration);
        else services.AddSingleton<ISearchEngine, LuceneSearchEngine>();
        services.AddSingleton<SearchIndexCatchUp>();
        services.AddSingleton<SearchIndexRebuilder>();
        services.AddHostedService<SearchIndexStartup>();
        services.AddSingleton<UnmetSearchRecorder>();
        services.AddSingleton<IQuickSearch, QuickSearchService>();
        services.AddSingleton<IAdvancedSearch, AdvancedSearchService>();
        services.AddHostedService<UnmetSearchRecorder.Flusher>();
        return services;
    }

    /// <summary>
    /// Typesense for several nodes (ADR 14): a named HttpClient with a per-attempt timeout, retries with jittered
    /// exponential back-off for transient failures, a circuit breaker, and an overall timeout. By default the node's
    /// embedded index is kept too and answers while Typesense is unreachable (FallbackSearchEngine).
    /// </summary>
    public static IServiceCollection AddTypesense(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TypesenseOptions>(configuration.GetSection("Search:Typesense"));
        services.AddHttpClient(TypesenseOptions.HttpClientName).AddResilienceHandler("typesense", pipeline =>
        {
            pipeline.AddTimeout(TimeSpan.FromSeconds(5));
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2, BackoffType = DelayBackoffType.Exponential, UseJitter = true, Delay = TimeSpan.FromMilliseconds(100),
            });
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5, MinimumThroughput = 10, SamplingDuration = TimeSpan.FromSeconds(30), BreakDuration = TimeSpan.FromSeconds(15),
            });
            pipeline.AddTimeout(TimeSpan.FromSeconds(2));
        });
        services.AddSingleton<TypesenseClient>();
        services.AddSingleton<TypesenseSearchEngine>();
        if (string.Equals(configuration["Search:Typesense:Fallback"], "None", StringComparison.OrdinalIgnoreCase))
            services.AddSingleton<ISearchEngine, TypesenseWithoutFallback>();
        else
        {
            services.AddSingleton<LuceneSearchEngine>();
            services.AddSingleton<ISearchEngine, TypesenseWithEmbeddedFallback>();
        }
        return services;
    }
}
