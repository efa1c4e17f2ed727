using System.Diagnostics;
using DirectoryReader = Lucene.Net.Index.DirectoryReader;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Lucene;

namespace SearchBench;

/// <summary>
/// What each step of the site's search costs, in process and on one copy of the index: the bare query (as the
/// bare-Lucene reference), then the thesaurus, the pass over every hit for facets, the stable order, and the whole
/// engine call the site makes (view, typo ladder, page of hits). The difference between the server time and the
/// engine is HTTP, input checks and serialisation. Each step runs every query three times; the last round counts.
/// The index is the benchmark's own (<see cref="ReferenceIndex"/>), never the site's live one.
/// </summary>
public static class EngineSteps
{
    public sealed record Step(string Name, LatencyTable Table);

    public static async Task<List<Step>> RunAsync(ReferenceIndex index, string connectionString, IReadOnlyList<BenchQuery> queries)
    {
        var thesaurus = await ThesaurusAsync(connectionString);
        var engine = index.Engine;
        var builder = References.SiteQueries();
        using var directory = FSDirectory.Open(index.Folder);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var only = Environment.GetEnvironmentVariable("STEPS_CLASSES")?.Split(',');
        var list = queries.Where(q => q.Text is not null && (only is null || only.Contains(q.Class))).ToList();
        SearchRequest Request(BenchQuery q, bool synonyms) => q.Class switch
        {
            "place" => new SearchRequest(q.Text, [q.Nis!], Synonyms: synonyms ? thesaurus : null, Place: new PlaceRanking([], [q.Nis!], null)),
            "facets" when q.Rubriek is not null => new SearchRequest(q.Text, Rubrieken: [q.Rubriek], LocatedIn: [q.Nis!], Synonyms: synonyms ? thesaurus : null),
            _ => new SearchRequest(q.Text, Synonyms: synonyms ? thesaurus : null),
        };
        TopDocs Bare(SearchRequest request) => References.Bare(searcher, builder, request);
        void Pass(SearchRequest request, ICollector top, QueryBuilder.Corrections? corrections = null)
        {
            var collector = new HitCollector(false, request.Place);
            searcher.Search(builder.Build(request, corrections), MultiCollector.Wrap(collector, top));
            collector.Finish();
        }
        var steps = new List<Step>
        {
            Time("bare query, top 20 (typos when nothing as typed)", list, q => Bare(Request(q, false))),
            Time("+ thesaurus", list, q => Bare(Request(q, true))),
            Time("+ one pass over every hit (facets, place tiers), as typed only", list, q => Pass(Request(q, true), TopScoreDocCollector.Create(20, false))),
            Time("engine without thesaurus", list, q => engine.SearchAsync(Request(q, false), CancellationToken.None).GetAwaiter().GetResult()),
            Time("the engine, its typo automata forgotten before each query", list, q =>
            {
                CachedFuzzyQuery.Forget();
                engine.SearchAsync(Request(q, true), CancellationToken.None).GetAwaiter().GetResult();
            }),
            Time("the engine's search (view, typo ladder, facets, page of hits)", list, q => engine.SearchAsync(Request(q, true), CancellationToken.None).GetAwaiter().GetResult()),
        };
        return steps;
    }

    private static Step Time(string name, List<BenchQuery> queries, Action<BenchQuery> run, int repeat = 3)
    {
        var table = new LatencyTable();
        for (var round = 0; round < repeat; round++)
            foreach (var query in queries)
            {
                var started = Stopwatch.GetTimestamp();
                run(query);
                if (round == repeat - 1) table[query.Class].Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
            }
        return new Step(name, table);
    }

    /// <summary>The thesaurus as the site passes it to the engine: every live trefwoord's forms.</summary>
    private static async Task<IReadOnlyList<IReadOnlyList<string>>> ThesaurusAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select array[data->>'term'] || coalesce(array(select jsonb_array_elements_text(data->'synonyms')), '{}')
                   || coalesce(array(select jsonb_array_elements_text(data->'acronyms')), '{}')
            from socialekaart.mt_doc_trefwoord where not coalesce((data->>'retired')::boolean, false)
            """, connection);
        var groups = new List<IReadOnlyList<string>>();
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync()) groups.Add(rows.GetFieldValue<string[]>(0));
        return groups;
    }
}

public static class EngineReport
{
    /// <summary>A table of p50 per class for each step, and each step's p50 over the bare query's.</summary>
    public static string Steps(List<EngineSteps.Step> steps)
    {
        string F(double v) => v.ToString(v < 10 ? "F2" : "F1", System.Globalization.CultureInfo.InvariantCulture);
        var classes = steps[0].Table.Classes.Select(c => c.Name).ToList();
        var text = new System.Text.StringBuilder();
        text.AppendLine("| step (p50 ms, in process, one at a time) | " + string.Join(" | ", classes) + " |");
        text.AppendLine("|---|" + string.Concat(classes.Select(_ => "---|")));
        foreach (var step in steps)
            text.AppendLine($"| {step.Name} | " + string.Join(" | ", classes.Select(c =>
                $"{F(step.Table[c].Client(50))} ({F(step.Table[c].Client(50) / steps[0].Table[c].Client(50))}×)")) + " |");
        return text.ToString();
    }
}
