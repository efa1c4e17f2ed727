using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Indexing;
using SocialeKaart.Modules.Search.Lucene;

namespace SearchBench;

/// <summary>
/// The index the in-process references search: built by the site's own engine (same mapping, same analysis) from the
/// same search ledger the site indexes, in a folder of its own. The benchmark once copied the site's live index
/// instead, and crashed at 100,000 fiches when a merge removed a segment file in the middle of the copy; an index of
/// its own is never written to by anyone else, and building it measures the engine's rebuild without HTTP or the
/// event store around it.
/// </summary>
public sealed class ReferenceIndex : IDisposable
{
    private ReferenceIndex(string root, LuceneSearchEngine engine, double buildSeconds, int documents) =>
        (Root, Engine, BuildSeconds, Documents) = (root, engine, buildSeconds, documents);

    public string Root { get; }
    public LuceneSearchEngine Engine { get; }
    public double BuildSeconds { get; }
    public int Documents { get; }

    /// <summary>The folder of the index itself (Root holds the engine's pointer to it).</summary>
    public string Folder => Path.Combine(Root, File.ReadAllText(Path.Combine(Root, "current")).Trim());

    public static async Task<ReferenceIndex> BuildAsync(string connectionString)
    {
        var root = Path.Combine(Path.GetTempPath(), "searchbench-reference-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Search:IndexPath"] = root }).Build();
        var engine = new LuceneSearchEngine(configuration, NullLogger<LuceneSearchEngine>.Instance);
        var documents = await LedgerAsync(connectionString);
        var watch = Stopwatch.StartNew();
        await engine.RebuildAsync(documents.ToAsyncEnumerable(), CancellationToken.None);
        return new ReferenceIndex(root, engine, watch.Elapsed.TotalSeconds, documents.Count);
    }

    private static async Task<List<SearchDocument>> LedgerAsync(string connectionString)
    {
        // As Marten stores them (EnumStorage.AsString): a weekday or a status by name.
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
        {
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        };
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select data from socialekaart.mt_doc_search_fiche_entry", connection);
        var documents = new List<SearchDocument>();
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
            documents.Add(System.Text.Json.JsonSerializer.Deserialize<FicheSearchEntry>(rows.GetString(0), options)!.ToDocument());
        return documents;
    }

    public void Dispose()
    {
        Engine.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}
