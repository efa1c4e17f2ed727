using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Lucene;

/// <summary>
/// The embedded search engine: an in-process Lucene.NET index on disk (Search:IndexPath). Updates are visible
/// to the next search (near-real-time: a read after writes reopens the searcher first; a bulk load with no
/// reads in between reopens nothing) and committed to disk within a second; after a crash the index is
/// caught up from the Search module's ledger (SearchIndexCatchUp). A rebuild writes a fresh index beside the
/// current one and switches to it in one step, so searches never see a half-built index.
/// </summary>
public sealed class LuceneSearchEngine : ISearchEngine, IDisposable
{
    public const int MaxWindow = 10_000;
    private const string CurrentPointer = "current";
    private readonly string _root;
    private readonly ILogger<LuceneSearchEngine> _logger;
    private readonly CompoundWords _compounds;
    private readonly QueryBuilder _queries;
    private readonly Timer _committer;
    private LuceneIndex _index;
    private int _dirty;
    private readonly Lock _commitGate = new();
    private int _unrefreshed;
    // Old indexes waiting for their last searches; disposal cuts the wait short so nothing outlives the engine.
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _retirements = [];

    public LuceneSearchEngine(IConfiguration configuration, ILogger<LuceneSearchEngine> logger)
    {
        _logger = logger;
        _compounds = CompoundWords.Load(configuration, logger);
        _queries = new QueryBuilder(_compounds);
        _root = Path.GetFullPath(configuration["Search:IndexPath"] ?? Path.Combine(AppContext.BaseDirectory, "search-index"));
        System.IO.Directory.CreateDirectory(_root);
        var pointer = Path.Combine(_root, CurrentPointer);
        var current = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
        if (current is null || !current.StartsWith(Format, StringComparison.Ordinal))
        {
            // An index of an older layout (or none): start empty; the start-up catch-up fills it from the ledger.
            if (current is not null) TryDelete(Path.Combine(_root, current));
            current = NewIndexName();
        }
        _index = new LuceneIndex(Path.Combine(_root, current), _compounds);
        File.WriteAllText(pointer, current);
        _committer = new Timer(_ => Commit(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public Task UpsertAsync(SearchDocument document, CancellationToken ct)
    {
        var index = _index;
        if (document.Findable) index.Writer.UpdateDocument(new Term(Fields.Id, document.Id.ToString()), DocumentMapper.ToLucene(document));
        else index.Writer.DeleteDocuments(new Term(Fields.Id, document.Id.ToString()));
        // Reopening the searcher after every single update would flush a tiny segment each time; readers do it when needed.
        Interlocked.Exchange(ref _unrefreshed, 1);
        Interlocked.Exchange(ref _dirty, 1);
        return Task.CompletedTask;
    }

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var index = _index;
        var (searcher, view, fromView) = AcquireView(index, request.View);
        try
        {
            var skip = (request.Page - 1) * request.PageSize;
            var distance = request.Sort == SearchSort.Distance && request.NearLat is not null && request.NearLon is not null;
            var place = request.Sort == SearchSort.Relevance ? request.Place : null;
            var ordered = distance || place is not null;
            var (collector, top) = Run(searcher, request, skip, ordered, null, QueryBuilder.Needed.All);
            var matching = WordMatching.All;
            var words = _queries.Words(request.Text);
            QueryBuilder.Corrections? used = null;
            // Nothing for the words as typed: allow typos in the words the index lacks (one edit, then two), then in every
            // word (a typo that makes another real word), then ask for the words the thesaurus knows (the need, in a question
            // such as "ik heb geen geld voor eten"), then for any of the words.
            // Filters that exclude everything are not helped by any of this: then one count says so, instead of every attempt.
            if (collector.Total == 0 && (words.Count > 0 || request.Advanced is not null) && FiltersMatchSomething(searcher, request))
            {
                var known = KnownWords(searcher.IndexReader);
                var attempts = new List<(QueryBuilder.Corrections Corrections, QueryBuilder.Needed Needed)>();
                if (_queries.CanCorrect(request, known))
                    attempts.AddRange([(new(1, known), QueryBuilder.Needed.All), (new(2, known), QueryBuilder.Needed.All)]);
                // Correcting known words too: for a typo that makes another real word among other words ("Diest Rouw").
                // It differs from the step before only when some long word is known; a lone known word is no such typo.
                if (words.Count > 1 && words.Any(w => QueryBuilder.Edits(w) > 0 && known(w)))
                    attempts.Add((new(2, known, KnownToo: true), QueryBuilder.Needed.All));
                if (words.Count > 1 && request.Synonyms is { Count: > 0 } && _queries.HasKnownUnit(request))
                    attempts.Add((new(2, known), QueryBuilder.Needed.Known));
                if (words.Count > 1) attempts.Add((new(2, known), QueryBuilder.Needed.Any));
                if (words.Count > 1 && words.Any(DutchAnalysis.IsContextWord)) attempts.Add((new(2, known), QueryBuilder.Needed.Anything));
                foreach (var (corrections, needed) in attempts)
                {
                    (collector, top) = Run(searcher, request, skip, ordered, corrections, needed);
                    if (collector.Total == 0) continue;
                    (matching, used) = (needed == QueryBuilder.Needed.All ? WordMatching.Corrected : WordMatching.Some, corrections);
                    break;
                }
            }
            var wordsUsed = matching == WordMatching.Some
                ? words.Where(w => Counts(searcher, _queries.BuildWord(request, w, used))).ToList()
                : words;
            var hits = Page(searcher, request, collector, top, skip, distance, place);
            var points = request.IncludePoints ? collector.Points : null;
            var didYouMean = collector.Total == 0 ? DidYouMean(searcher.IndexReader, words) : null;
            return Task.FromResult(new SearchResults(collector.Total, hits, Facet(collector.Municipalities), Facet(collector.Rubrieken), points,
                matching, wordsUsed, view, didYouMean, words.Except(wordsUsed).ToList(), Facet(collector.Languages), Facet(collector.TargetGroups),
                Facet(collector.Costs)));
        }
        finally
        {
            if (fromView) index.Lifetimes.Release(searcher);
            else index.Searchers.Release(searcher);
        }
    }

    private static List<SearchHit> Page(IndexSearcher searcher, SearchRequest request, HitCollector collector, ITopDocsCollector? top, int skip, bool distance, PlaceRanking? place)
    {
        if (distance)
        {
            var (lat, lon) = (request.NearLat!.Value, request.NearLon!.Value);
            return collector.Locations.Select(l => (l.Doc, km: Haversine(lat, lon, l.Lat, l.Lon)))
                .OrderBy(x => x.km).ThenBy(x => x.Doc).Skip(skip).Take(request.PageSize)
                .Select(x => DocumentMapper.ToHit(searcher.IndexReader, x.Doc, x.km)).ToList();
        }
        if (place is not null)
        {
            // In the place first (deelgemeente or postcode, then municipality), best match first; then what serves it
            // from elsewhere, nearest first. Ties keep the index order, so pages never overlap.
            double Km((int Doc, float Score, int Tier, double Lat, double Lon) h) =>
                place.Point is { } p && (h.Lat != 0 || h.Lon != 0) ? Haversine(p.Lat, p.Lon, h.Lat, h.Lon) : double.MaxValue;
            return collector.Ranked
                .OrderBy(h => h.Tier).ThenBy(h => h.Tier == 2 ? Km(h) : 0).ThenByDescending(h => h.Score).ThenBy(Km).ThenBy(h => h.Doc)
                .Skip(skip).Take(request.PageSize)
                .Select(h => DocumentMapper.ToHit(searcher.IndexReader, h.Doc, Km(h) == double.MaxValue ? null : Km(h))).ToList();
        }
        return top!.GetTopDocs().ScoreDocs.Skip(skip).Select(d => DocumentMapper.ToHit(searcher.IndexReader, d.Doc, null)).ToList();
    }

    /// <summary>
    /// For a search that found nothing: each short word (4 letters: the typo ladder starts at 5, and has tried longer
    /// words already) replaced by the commonest word of the index one edit away ("ocmv" → ocmw), or null.
    /// </summary>
    public static string? DidYouMean(IndexReader reader, IReadOnlyList<string> words)
    {
        if (!words.Any(w => w.Length == 4)) return null; // nothing to suggest: spare merging the term dictionaries
        var terms = MultiFields.GetTerms(reader, Fields.Text);
        if (terms is null) return null;
        var changed = false;
        var suggestion = words.Select(word =>
        {
            var edits = word.Length == 4 ? 1 : 0;
            if (edits == 0) return word;
            var fuzzy = new FuzzyTermsEnum(terms, new global::Lucene.Net.Util.AttributeSource(), new Term(Fields.Text, word), edits, 0, true);
            string? best = null;
            var bestFrequency = 0;
            while (fuzzy.MoveNext())
            {
                var candidate = fuzzy.Term.Utf8ToString();
                if (candidate == word || fuzzy.DocFreq <= bestFrequency) continue;
                (best, bestFrequency) = (candidate, fuzzy.DocFreq);
            }
            changed |= best is not null;
            return best ?? word;
        }).ToList();
        return changed ? string.Join(' ', suggestion) : null;
    }

    private bool FiltersMatchSomething(IndexSearcher searcher, SearchRequest request) =>
        !HasFilters(request) || Counts(searcher, _queries.Build(request with { Text = null, Advanced = null }));

    private static bool HasFilters(SearchRequest r) =>
        r.OnlyParents || r.Municipalities is { Count: > 0 } || r.LocatedIn is { Count: > 0 } || r.Rubrieken is { Count: > 0 }
        || r.InRubrieken is { Count: > 0 } || r.Languages is { Count: > 0 } || r.TargetGroups is { Count: > 0 } || r.OpenAt is not null
        || r.Costs is { Count: > 0 };

    private static bool Counts(IndexSearcher searcher, Query query)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits > 0;
    }

    /// <summary>
    /// The searcher of a point-in-time view the client passed back (so the next page comes from the same state of the
    /// index), or the current one, recorded as a new view. Views live ten minutes; an unknown or expired one is replaced.
    /// </summary>
    private (IndexSearcher Searcher, string View, bool FromView) AcquireView(LuceneIndex index, string? view)
    {
        if (view is not null && view.StartsWith(index.Name + ".", StringComparison.Ordinal)
            && long.TryParse(view.AsSpan(index.Name.Length + 1), out var version) && index.Lifetimes.Acquire(version) is { } kept)
            return (kept, view, true);
        var searcher = Acquire(index);
        var recorded = index.Lifetimes.Record(searcher);
        index.Lifetimes.Prune(new SearcherLifetimeManager.PruneByAge(600));
        return (searcher, $"{index.Name}.{recorded}", false);
    }

    /// <summary>One pass over the hits: facets, points and distances in <see cref="HitCollector"/>, the page's order in a top collector.</summary>
    private (HitCollector Collector, ITopDocsCollector? Top) Run(
        IndexSearcher searcher, SearchRequest request, int skip, bool ordered, QueryBuilder.Corrections? corrections, QueryBuilder.Needed needed)
    {
        var query = _queries.Build(request, corrections, needed);
        var place = request.Sort == SearchSort.Relevance ? request.Place : null;
        var collector = new HitCollector(collectLocations: request.IncludePoints || request.Sort == SearchSort.Distance, place);
        var size = Math.Min(skip + request.PageSize, MaxWindow);
        // By relevance, equal scores keep the order of the index (the document number): fixed within the point-in-time
        // view the pages are read from, so no page repeats a fiche, and cheaper than a second sort key (bench/search.md).
        ITopDocsCollector? top = ordered ? null : request.Sort == SearchSort.Relevance
            ? TopScoreDocCollector.Create(size, docsScoredInOrder: false)
            : TopFieldCollector.Create(SortFor(request.Sort), size, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, top is null ? collector : MultiCollector.Wrap(collector, top));
        collector.Finish();
        return (collector, top);
    }

    /// <summary>Whether the index holds a word as typed, or a word that starts with it (a term-dictionary seek per segment).</summary>
    public static Func<string, bool> KnownWords(IndexReader reader) => word =>
    {
        var target = new BytesRef(word);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(Fields.Text)?.GetEnumerator();
            if (terms is null) continue;
            var status = terms.SeekCeil(target);
            if (status == TermsEnum.SeekStatus.FOUND || status == TermsEnum.SeekStatus.NOT_FOUND && StringHelper.StartsWith(terms.Term, target)) return true;
        }
        return false;
    };

    public Task<IReadOnlyList<string>> SuggestNamesAsync(string prefix, int limit, CancellationToken ct)
    {
        var words = DutchAnalysis.Tokens(DutchAnalysis.Folding(), Fields.Name, prefix);
        if (words.Count == 0) return Task.FromResult<IReadOnlyList<string>>([]);
        var query = new BooleanQuery();
        foreach (var word in words) query.Add(new PrefixQuery(new Term(Fields.Name, word)), Occur.MUST);
        var index = _index;
        var searcher = Acquire(index);
        try
        {
            var top = searcher.Search(query, null, limit * 4, new Sort(new SortField(Fields.NameSort, SortFieldType.STRING)));
            IReadOnlyList<string> names = top.ScoreDocs.Select(d => DocumentMapper.ToHit(searcher.IndexReader, d.Doc, null).Name)
                .Distinct()
                // Names that begin with what was typed come first, then names with a later word that does.
                .OrderBy(n => DocumentMapper.Fold(n).StartsWith(words[0], StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Take(limit).ToList();
            return Task.FromResult(names);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    public async Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken ct)
    {
        var name = NewIndexName();
        var fresh = new LuceneIndex(Path.Combine(_root, name), _compounds);
        var count = 0;
        await foreach (var document in documents.WithCancellation(ct))
        {
            if (document.Findable) fresh.Writer.AddDocument(DocumentMapper.ToLucene(document));
            count++;
        }
        // Merged into one segment before it is searched: otherwise the merges of a bulk load go on in the background
        // after the switch, taking the CPU searches need (measured: a common word 6.1 ms one at a time right after a
        // rebuild, 2.2 ms later), and every query pays its per-segment set-up once instead of once per segment.
        fresh.Writer.ForceMerge(1);
        fresh.Writer.Commit();
        fresh.Searchers.MaybeRefreshBlocking();
        var old = Interlocked.Exchange(ref _index, fresh);
        await File.WriteAllTextAsync(Path.Combine(_root, CurrentPointer), name, ct);
        _logger.LogInformation("Search index rebuilt from {Count} documents in {Path}", count, fresh.Path);
        lock (_retirements) _retirements.Add(RetireAsync(old));
    }

    // Searches still holding the old searcher finish first (or the engine stops); then the old index goes.
    private async Task RetireAsync(LuceneIndex old)
    {
        try { await Task.Delay(TimeSpan.FromSeconds(5), _stopping.Token); }
        catch (OperationCanceledException) { /* stopping: retire now */ }
        lock (_commitGate) old.Dispose(); // never while the timer is committing it
        TryDelete(old.Path);
    }

    public Task<int> CountAsync(CancellationToken ct)
    {
        var index = _index;
        var searcher = Acquire(index);
        try { return Task.FromResult(searcher.IndexReader.NumDocs); }
        finally { index.Searchers.Release(searcher); }
    }

    /// <summary>The id and version of every document in the index, to find what the ledger has and the index lacks.</summary>
    public Task<IReadOnlyDictionary<Guid, long>> VersionsAsync(CancellationToken ct) => Task.FromResult(Versions());

    private IReadOnlyDictionary<Guid, long> Versions()
    {
        var index = _index;
        var searcher = Acquire(index);
        try
        {
            var result = new Dictionary<Guid, long>();
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var stored = reader.Document(doc, new HashSet<string> { Fields.Id, Fields.Version });
                result[Guid.Parse(stored.Get(Fields.Id))] = stored.GetField(Fields.Version).GetInt64Value() ?? 0;
            }
            return result;
        }
        finally { index.Searchers.Release(searcher); }
    }

    private IndexSearcher Acquire(LuceneIndex index)
    {
        if (Interlocked.Exchange(ref _unrefreshed, 0) == 1) index.Searchers.MaybeRefreshBlocking();
        return index.Searchers.Acquire();
    }

    // Runs on a timer thread: it must never throw, or the process ends.
    private void Commit()
    {
        if (Interlocked.Exchange(ref _dirty, 0) == 0) return;
        lock (_commitGate)
        {
            try { _index.Writer.Commit(); }
            catch (ObjectDisposedException) { /* switched by a rebuild meanwhile; the new index is committed */ }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The folder is gone or unwritable (a disk problem, or a test that removed it): the ledger still
                // holds every change, so the next start catches the index up. Try again at the next tick.
                Interlocked.Exchange(ref _dirty, 1);
                _logger.LogWarning(e, "Could not commit the search index to disk");
            }
        }
    }

    private static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Name => new Sort(new SortField(Fields.NameSort, SortFieldType.STRING), new SortField(Fields.IdSort, SortFieldType.STRING)),
        SearchSort.Postcode => new Sort(new SortField(Fields.PostcodeSort, SortFieldType.STRING), new SortField(Fields.NameSort, SortFieldType.STRING), new SortField(Fields.IdSort, SortFieldType.STRING)),
        SearchSort.Municipality => new Sort(new SortField(Fields.MunicipalitySort, SortFieldType.STRING), new SortField(Fields.NameSort, SortFieldType.STRING), new SortField(Fields.IdSort, SortFieldType.STRING)),
        // Ties in relevance keep a fixed order, so paging never shows a fiche twice or skips one.
        _ => new Sort(SortField.FIELD_SCORE, new SortField(Fields.IdSort, SortFieldType.STRING)),
    };

    private static IReadOnlyList<FacetValue> Facet(IReadOnlyDictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetValue(c.Key, c.Value)).ToList();

    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double earthKm = 6371.0;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * earthKm * Math.Asin(Math.Sqrt(a));
    }

    // Raised whenever the fields change, so an index of an older layout is never searched.
    private const string Format = "index-v10-";

    private static string NewIndexName() => $"{Format}{DateTime.UtcNow:yyyyMMddHHmmssfff}";

    private void TryDelete(string path)
    {
        try { System.IO.Directory.Delete(path, recursive: true); }
        catch (DirectoryNotFoundException) { /* gone already: what we wanted */ }
        catch (IOException e) { _logger.LogWarning(e, "Could not remove the previous search index at {Path}", path); }
    }

    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _committer.Dispose();
        Commit();
        lock (_commitGate) _index.Dispose();
        _stopping.Cancel();
        Task[] pending;
        lock (_retirements) pending = [.. _retirements];
        Task.WaitAll(pending);
        _stopping.Dispose();
    }
}
