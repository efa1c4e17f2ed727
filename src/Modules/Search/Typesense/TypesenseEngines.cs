using Microsoft.Extensions.Logging;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Lucene;

namespace SocialeKaart.Modules.Search.Typesense;

// Two concrete types rather than a factory lambda: Wolverine's generated code resolves constructor-built services.

/// <summary>Typesense, with the node's embedded index answering while Typesense is unreachable (Search:Typesense:Fallback=Embedded, the default).</summary>
public sealed class TypesenseWithEmbeddedFallback(TypesenseSearchEngine typesense, LuceneSearchEngine embedded, TimeProvider clock, ILogger<FallbackSearchEngine> logger)
    : FallbackSearchEngine(typesense, embedded, clock, logger);

/// <summary>Typesense alone (Search:Typesense:Fallback=None): while it is unreachable, searches answer 503 with a clear message.</summary>
public sealed class TypesenseWithoutFallback(TypesenseSearchEngine typesense, TimeProvider clock, ILogger<FallbackSearchEngine> logger)
    : FallbackSearchEngine(typesense, null, clock, logger);
