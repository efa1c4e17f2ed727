using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SocialeKaart.Modules.Search.Typesense;

/// <summary>
/// A small typed client for the Typesense REST API (no .NET client is available here; ADR 14): collections,
/// aliases, document upsert/delete/import, search and synonyms. Resilience (timeouts, retries with jitter, a
/// circuit breaker) comes from the named HttpClient's pipeline (SearchModule).
/// </summary>
public sealed class TypesenseClient(IHttpClientFactory clients, IOptions<TypesenseOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Http()
    {
        var settings = options.Value;
        var client = clients.CreateClient(TypesenseOptions.HttpClientName);
        client.BaseAddress ??= new Uri(settings.Url ?? throw new InvalidOperationException("Search:Typesense:Url is not set."));
        client.DefaultRequestHeaders.Remove("X-TYPESENSE-API-KEY");
        client.DefaultRequestHeaders.Add("X-TYPESENSE-API-KEY", settings.ApiKey ?? throw new InvalidOperationException("Search:Typesense:ApiKey is not set."));
        return client;
    }

    public async Task CreateCollectionAsync(string name, CancellationToken ct) =>
        await Ok(await Http().PostAsJsonAsync("/collections", TypesenseSchema.Collection(name), Json, ct));

    public async Task DropCollectionAsync(string name, CancellationToken ct)
    {
        var response = await Http().DeleteAsync($"/collections/{Uri.EscapeDataString(name)}", ct);
        if (response.StatusCode != HttpStatusCode.NotFound) await Ok(response);
    }

    /// <summary>The collection an alias points at, or null when the alias does not exist yet.</summary>
    public async Task<string?> AliasTargetAsync(string alias, CancellationToken ct)
    {
        var response = await Http().GetAsync($"/aliases/{Uri.EscapeDataString(alias)}", ct);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        await Ok(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("collection_name").GetString();
    }

    public async Task PointAliasAsync(string alias, string collection, CancellationToken ct) =>
        await Ok(await Http().PutAsJsonAsync($"/aliases/{Uri.EscapeDataString(alias)}", new { collection_name = collection }, Json, ct));

    public async Task UpsertAsync(string collection, object document, CancellationToken ct) =>
        await Ok(await Http().PostAsJsonAsync($"/collections/{Uri.EscapeDataString(collection)}/documents?action=upsert", document, Json, ct));

    public async Task DeleteAsync(string collection, string id, CancellationToken ct)
    {
        var response = await Http().DeleteAsync($"/collections/{Uri.EscapeDataString(collection)}/documents/{Uri.EscapeDataString(id)}", ct);
        if (response.StatusCode != HttpStatusCode.NotFound) await Ok(response);
    }

    /// <summary>Bulk import as JSON lines; fails when any document is refused.</summary>
    public async Task ImportAsync(string collection, IReadOnlyList<object> documents, CancellationToken ct)
    {
        var lines = string.Join('\n', documents.Select(d => JsonSerializer.Serialize(d, Json)));
        var response = await Http().PostAsync($"/collections/{Uri.EscapeDataString(collection)}/documents/import?action=upsert",
            new StringContent(lines, Encoding.UTF8, "text/plain"), ct);
        await Ok(response);
        var results = (await response.Content.ReadAsStringAsync(ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var refused = results.Count(r => !r.Contains("\"success\":true", StringComparison.Ordinal));
        if (refused > 0) throw new TypesenseException($"Typesense refused {refused} of {documents.Count} documents on import.");
    }

    public async Task<JsonElement> SearchAsync(string collection, IReadOnlyDictionary<string, string> parameters, CancellationToken ct)
    {
        var query = string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        var response = await Http().GetAsync($"/collections/{Uri.EscapeDataString(collection)}/documents/search?{query}", ct);
        await Ok(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    public async Task<int> CountAsync(string collection, CancellationToken ct)
    {
        var response = await Http().GetAsync($"/collections/{Uri.EscapeDataString(collection)}", ct);
        await Ok(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("num_documents").GetInt32();
    }

    /// <summary>Chosen fields of every document, as JSON lines.</summary>
    public async Task<IReadOnlyList<JsonElement>> ExportAsync(string collection, string fields, CancellationToken ct)
    {
        var response = await Http().GetAsync($"/collections/{Uri.EscapeDataString(collection)}/documents/export?include_fields={Uri.EscapeDataString(fields)}", ct);
        await Ok(response);
        return (await response.Content.ReadAsStringAsync(ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line)).ToList();
    }

    /// <summary>Replaces a synonym set (Typesense v30) with multi-way groups: any form finds the others.</summary>
    public async Task PutSynonymSetAsync(string name, IReadOnlyList<IReadOnlyList<string>> groups, CancellationToken ct) =>
        await Ok(await Http().PutAsJsonAsync($"/synonym_sets/{Uri.EscapeDataString(name)}",
            new { items = groups.Select((g, i) => new { id = $"group-{i}", synonyms = g }).ToList() }, Json, ct));

    private static async Task Ok(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync();
        throw new TypesenseException($"Typesense answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
    }
}

public sealed class TypesenseException(string message) : Exception(message);
