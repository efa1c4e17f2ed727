using Microsoft.AspNetCore.Authorization;
using SocialeKaart.Modules.Contracts.Security;
using Wolverine.Http;

namespace SocialeKaart.Modules.Search.Indexing;

public static class RebuildSearchIndexEndpoint
{
    /// <summary>Rebuilds the search index from the event store while searches keep being answered.</summary>
    [WolverinePost("/api/search/rebuild", Name = "RebuildSearchIndex")]
    [Authorize(Policy = AccessPolicies.Administration)]
    public static Task<RebuildReport> Post(SearchIndexRebuilder rebuilder, CancellationToken ct) => rebuilder.RebuildAsync(ct);
}
