namespace SocialeKaart.Modules.Search.Engine;

/// <summary>
/// The port both engines implement: the embedded Lucene.NET index (default) and Typesense (production, several nodes).
/// Upserts are idempotent per (id, version): the caller has already dropped stale versions.
/// </summary>
public interface ISearchEngine
{
    Task UpsertAsync(SearchDocument document, CancellationToken ct);

    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct);

    /// <summary>Organisation names starting with the input, for suggestions while typing.</summary>
    Task<IReadOnlyList<string>> SuggestNamesAsync(string prefix, int limit, CancellationToken ct);

    /// <summary>Builds a complete new index aside from the given documents, then switches to it at once.</summary>
    Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken ct);

    Task<int> CountAsync(CancellationToken ct);

    /// <summary>The id and version of every indexed document, to find what the ledger has and the index lacks.</summary>
    Task<IReadOnlyDictionary<Guid, long>> VersionsAsync(CancellationToken ct);
}
