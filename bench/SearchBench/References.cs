using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Npgsql;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Lucene;

namespace SearchBench;

/// <summary>
/// The two references, on the same data and queries, one query at a time: a naive PostgreSQL scan (every word
/// ILIKE '%word%' over name, general operation and tasks of the search ledger) and the bare Lucene.NET engine
/// (the benchmark's own index of the same ledger, <see cref="ReferenceIndex"/>, copied into memory, the same Lucene query — typo corrections only when the words as typed
/// find nothing, as on the site — top 20 by relevance: no HTTP, no endpoint, no facets, no result mapping).
/// </summary>
public static class References
{
    public sealed record Outcome(LatencyTable Table, Dictionary<BenchQuery, IReadOnlyList<Guid>> Top);

    public static async Task<Outcome> IlikeAsync(string connectionString, IEnumerable<BenchQuery> queries)
    {
        var table = new LatencyTable();
        var top = new Dictionary<BenchQuery, IReadOnlyList<Guid>>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var query in queries.Where(q => q.Text is not null))
        {
            var patterns = QuerySet.Words(query.Text!).Select(w => $"%{w.Replace("%", "\\%").Replace("_", "\\_")}%").ToArray();
            if (patterns.Length == 0) continue;
            var sql = """
                select id, count(*) over () from socialekaart.mt_doc_search_fiche_entry
                where concat_ws(' ', data->'fiche'->>'name', data->'fiche'->>'generalOperation', data->'fiche'->>'tasks') ilike all(@patterns)
                  and data->'fiche'->>'status' <> 'defunct'
                """ + (query.Nis is null ? "" : " and data->'fiche'->'workingAreaNis' ? @nis")
                + (query.Rubriek is null ? "" : " and exists (select 1 from jsonb_array_elements_text(data->'rubriekenWithAncestors') r where r = @rubriek)")
                + " order by data->'fiche'->>'name' limit 20";
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("patterns", patterns);
            if (query.Nis is not null) command.Parameters.AddWithValue("nis", query.Nis);
            if (query.Rubriek is not null) command.Parameters.AddWithValue("rubriek", query.Rubriek);
            var started = Stopwatch.GetTimestamp();
            var ids = new List<Guid>();
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            table[query.Class].Record(ms, null);
            top[query] = ids;
        }
        return new Outcome(table, top);
    }

    public static Outcome BareLucene(ReferenceIndex index, IEnumerable<BenchQuery> queries, int repeat = 3)
    {
        using var onDisk = FSDirectory.Open(index.Folder);
        using var memory = new RAMDirectory(onDisk, IOContext.DEFAULT);
        using var reader = DirectoryReader.Open(memory);
        var searcher = new IndexSearcher(reader);
        var builder = SiteQueries();
        var table = new LatencyTable();
        var top = new Dictionary<BenchQuery, IReadOnlyList<Guid>>();
        var list = queries.Where(q => q.Text is not null).ToList();
        for (var round = 0; round < repeat; round++) // the first round warms the JIT and caches; only the last is recorded
            foreach (var query in list)
            {
                var started = Stopwatch.GetTimestamp();
                var request = new SearchRequest(query.Text, query.Nis is null ? null : [query.Nis], query.Rubriek is null ? null : [query.Rubriek]);
                var hits = Bare(searcher, builder, request);

                var ids = hits.ScoreDocs.Select(d => Guid.Parse(searcher.Doc(d.Doc).Get(SocialeKaart.Modules.Search.Lucene.Fields.Id))).ToList();
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (round < repeat - 1) continue;
                table[query.Class].Record(ms, null);
                top[query] = ids;
            }
        return new Outcome(table, top);
    }

    /// <summary>The site's own query builder, compounds included, so a ratio over the bare query measures the site's work around it.</summary>
    public static QueryBuilder SiteQueries() => new(File.Exists(CompoundWords.DefaultPath)
        ? CompoundWords.FromLines(File.ReadLines(CompoundWords.DefaultPath).Skip(1)) : CompoundWords.None);

    /// <summary>The bare search: the site's query, top 20; typo corrections only when the words as typed find nothing, as on the site.</summary>
    public static TopDocs Bare(IndexSearcher searcher, QueryBuilder builder, SearchRequest request)
    {
        var hits = searcher.Search(builder.Build(request), 20);
        var known = LuceneSearchEngine.KnownWords(searcher.IndexReader);
        for (var edits = 1; edits <= 2 && hits.TotalHits == 0 && builder.CanCorrect(request, known); edits++)
            hits = searcher.Search(builder.Build(request, new QueryBuilder.Corrections(edits, known)), 20);
        return hits;
    }
}
