using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SearchBench;

/// <summary>
/// Search quality on the loaded data: the judged set (bench/relevance/queries.tsv, written the way people type,
/// split into a part we tune on and a held-out part we never tune on), typo sets generated from every kind of name
/// (one edit at any position, the first letter counted apart; two edits in long words), "waar" ranking and facet
/// agreement. A hit is relevant when its fiche has the judged rubriek (or a rubriek under it) or the judged name part.
/// </summary>
public static class RelevanceBench
{
    private sealed record Judged(string Part, string Class, string Q, string? Waar, string Expect);

    /// <summary>One judged query's outcome: a relevant fiche in the top 10, the share relevant of the first 5 and 10, the reciprocal rank.</summary>
    private sealed record Scored(Judged J, bool Hit, double P5, double P10, double Rr, bool Zero)
    {
        public static Scored Of(Judged j, IReadOnlyList<bool> relevant, int count)
        {
            var first = relevant.ToList().IndexOf(true);
            return new Scored(j, first >= 0, relevant.Take(5).Count(x => x) / 5.0, relevant.Take(10).Count(x => x) / 10.0,
                first < 0 ? 0 : 1.0 / (first + 1), count == 0);
        }
    }

    public static async Task<string> RunAsync(SiteClient site, IReadOnlyList<FicheRow> rows, string judgedFile, int size, string db, string coordinatorKey)
    {
        await RemoveProbesAsync(site, coordinatorKey); // an interrupted earlier run may have left some
        rows = rows.Where(r => !IsProbe(r.Name)).ToList();
        var byId = rows.ToDictionary(r => r.Id);
        var report = new StringBuilder();
        report.AppendLine($"## {size:N0} fiches ({rows.Count:N0} findable)").AppendLine();

        var judged = File.ReadAllLines(judgedFile).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .Select(c => new Judged(c[0], c[1], c[2], c[3].Length == 0 ? null : c[3], c[4])).ToList();
        report.AppendLine("### Judged queries (recall@10 = a relevant fiche in the first 10; precision@5 and @10; MRR; zero = no result at all)").AppendLine()
            .AppendLine(Header).AppendLine(Rule);
        var scored = new List<Scored>();
        foreach (var j in judged)
        {
            var url = $"/api/search?pageSize=10&q={Uri.EscapeDataString(j.Q)}" + (j.Waar is null ? "" : $"&waar={Uri.EscapeDataString(j.Waar)}");
            var answer = await site.GetAsync(url, readBody: true);
            var ids = answer.Body is { } b ? b.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ToList() : [];
            scored.Add(Scored.Of(j, ids.Select(id => byId.TryGetValue(id, out var row) && Relevant(row, j.Expect)).ToList(), ids.Count));
        }
        foreach (var g in scored.GroupBy(s => (s.J.Part, s.J.Class)).OrderBy(g => g.Key.Part).ThenBy(g => g.Key.Class))
            report.AppendLine(Row(g.Key.Part, g.Key.Class, g.ToList()));
        foreach (var g in scored.GroupBy(s => s.J.Part).OrderBy(g => g.Key))
            report.AppendLine(Row($"**{g.Key}**", "all", g.ToList()));

        // The references answer the same judged queries on the same data: PostgreSQL full-text search (Dutch
        // configuration, every word, ts_rank) and bare Lucene.NET (its own index of the same ledger, any word on the folded text, no
        // typos, thesaurus, compounds or place ranking).
        var waarCodes = new Dictionary<string, string[]>();
        foreach (var w in judged.Select(j => j.Waar).OfType<string>().Distinct())
        {
            var place = await site.GetAsync($"/api/geography/places?q={Uri.EscapeDataString(w)}", readBody: true);
            waarCodes[w] = place.Body is { } p && p.GetProperty("matches").GetArrayLength() > 0
                ? p.GetProperty("matches")[0].GetProperty("municipalities").EnumerateArray().Select(m => m.GetString()!).ToArray() : [];
        }
        using var own = await ReferenceIndex.BuildAsync(db);
        var references = new Dictionary<string, Func<Judged, Task<List<Guid>>>>
        {
            ["PostgreSQL full-text"] = await PostgresFullText(db, waarCodes),
            ["bare Lucene.NET"] = BareLucene(own.Folder, waarCodes),
        };
        report.AppendLine().AppendLine("References on the same judged queries (all parts together):").AppendLine()
            .AppendLine(Header.Replace("| part |", "| engine |")).AppendLine(Rule);
        report.AppendLine(Row("**the site**", "all", scored));
        foreach (var (name, search) in references)
        {
            var theirs = new List<Scored>();
            foreach (var j in judged)
            {
                var ids = await search(j);
                theirs.Add(Scored.Of(j, ids.Take(10).Select(id => byId.TryGetValue(id, out var row) && Relevant(row, j.Expect)).ToList(), ids.Count));
            }
            report.AppendLine(Row(name, "all", theirs));
        }
        // The held-out part's misses are counted, never listed: what is not seen cannot be tuned on.
        var misses = scored.Where(s => !s.Hit && s.J.Part != "held-out").Select(s => $"`{s.J.Q}`{(s.J.Waar is null ? "" : $" waar {s.J.Waar}")}").ToList();
        report.AppendLine().AppendLine($"Tune and seen queries without a relevant fiche in the first 10 ({misses.Count}): {string.Join(", ", misses)}; " +
            $"held-out: {scored.Count(s => !s.Hit && s.J.Part == "held-out")} (not listed)").AppendLine();

        report.AppendLine("### Typos in names (known target; recall@10)").AppendLine().AppendLine("| set | n | recall@10 | zero-result |").AppendLine("|---|---|---|---|");
        foreach (var (name, queries) in TypoSets(rows))
        {
            int hit = 0, zero = 0;
            foreach (var (q, target) in queries)
            {
                var answer = await site.GetAsync($"/api/search?pageSize=10&q={Uri.EscapeDataString(q)}", readBody: true);
                var ids = answer.Body is { } b ? b.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ToList() : [];
                if (ids.Contains(target)) hit++;
                if (ids.Count == 0) zero++;
            }
            report.AppendLine($"| {name} | {queries.Count} | **{(double)hit / Math.Max(1, queries.Count):F3}** | {(double)zero / Math.Max(1, queries.Count):F3} |");
        }

        report.AppendLine().AppendLine("### waar: the place asked for first, and facets that agree with their filters").AppendLine();
        var random = new Random(20261201);
        var places = rows.Where(r => r.Nis is not null && r.Rubriek is not null && r.Municipality is not null)
            .GroupBy(r => (r.Municipality!, Rubriek: r.Rubriek!)).Where(g => g.Count() >= 5).OrderBy(_ => random.Next()).Take(100).ToList();
        double inPlace = 0;
        int facetChecks = 0, facetAgree = 0;
        foreach (var g in places)
        {
            var answer = await site.GetAsync($"/api/search?pageSize=5&rubriek={g.Key.Rubriek}&waar={Uri.EscapeDataString(g.Key.Item1)}", readBody: true);
            if (answer.Body is not { } body) continue;
            var hits = body.GetProperty("hits").EnumerateArray().ToList();
            inPlace += hits.Count(h => h.GetProperty("municipality").GetString() == g.Key.Item1) / 5.0;
            foreach (var f in body.GetProperty("municipalities").EnumerateArray().Take(3))
            {
                var filtered = await site.GetAsync($"/api/search?pageSize=1&rubriek={g.Key.Rubriek}&waar={Uri.EscapeDataString(g.Key.Item1)}&municipality={f.GetProperty("value").GetString()}", readBody: true);
                facetChecks++;
                if (filtered.Body?.GetProperty("total").GetInt32() == f.GetProperty("count").GetInt32()) facetAgree++;
            }
        }
        report.AppendLine($"- with waar = a municipality where at least 5 fiches of the rubriek are located ({places.Count} cases): **{inPlace / Math.Max(1, places.Count):P1}** of the top 5 located there");
        report.AppendLine($"- municipality facet count = total when that facet is applied: **{facetAgree} of {facetChecks}**");

        var singles = scored.Where(s => s.J.Class == "single word").ToList();
        report.AppendLine($"- single-word queries (all parts, {singles.Count}): precision@10 **{singles.Average(s => s.P10):F3}**, precision@5 {singles.Average(s => s.P5):F3}");

        var queriesToPage = judged.Where(j => j.Class == "single word" && j.Part == "tune").Select(j => j.Q).Distinct().Take(12).ToList();
        report.AppendLine().AppendLine("### Paging while fiches are registered").AppendLine()
            .AppendLine($"Pages 1–5 (10 a page) of {queriesToPage.Count} single-word queries, by relevance and by name; before each next page two fiches " +
                "whose name holds the word are registered (and found by search). A repeat is a fiche shown on two pages of one walk.").AppendLine()
            .AppendLine("| paging | walks | fiches registered | repeats | walks with a repeat |").AppendLine("|---|---|---|---|---|");
        var registered = new List<Guid>();
        foreach (var withView in new[] { true, false })
        {
            var (walks, repeats, walksWithRepeat, made) = await PageWhileRegisteringAsync(site, coordinatorKey, queriesToPage, withView, registered);
            report.AppendLine($"| {(withView ? "with the first page's `view` (point in time)" : "without `view` (each page from the live index)")} | {walks} | {made} | **{repeats}** | {walksWithRepeat} |");
        }
        // The probes leave the data set as they found it: each is marked defunct, so the next run's relevance is not changed by them.
        // (version 1: just registered, nothing else changed them.)
        foreach (var id in registered)
            await SendAsync(site, coordinatorKey, HttpMethod.Post, $"/api/fiches/{id}/mark-defunct", new { reason = "Meetproef paginering", version = 1L }, mustSucceed: false);
        return report.ToString();
    }

    private static async Task<(int Walks, int Repeats, int WalksWithRepeat, int Registered)> PageWhileRegisteringAsync(
        SiteClient site, string key, IReadOnlyList<string> queries, bool withView, List<Guid> registered)
    {
        var random = new Random(withView ? 11 : 12);
        int walks = 0, repeats = 0, walksWithRepeat = 0, made = 0;
        foreach (var q in queries)
            foreach (var sort in new[] { "relevance", "name" })
            {
                walks++;
                var seen = new HashSet<Guid>();
                var walkRepeats = 0;
                string? view = null;
                for (var page = 1; page <= 5; page++)
                {
                    var url = $"/api/search?q={Uri.EscapeDataString(q)}&sort={sort}&pageSize=10&page={page}" + (view is null ? "" : $"&view={Uri.EscapeDataString(view)}");
                    var answer = await site.GetAsync(url, readBody: true);
                    if (answer.Body is not { } body) break;
                    if (withView) view ??= body.GetProperty("view").GetString();
                    foreach (var hit in body.GetProperty("hits").EnumerateArray())
                        if (!seen.Add(hit.GetProperty("id").GetGuid())) walkRepeats++;
                    for (var i = 0; i < 2; i++)
                    {
                        var token = new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26))).ToArray());
                        var name = $"{char.ToUpperInvariant(q[0])}{q[1..]} {(random.Next(2) == 0 ? "Aa" : "Zz")}proef {token}";
                        var created = await SendAsync(site, key, HttpMethod.Post, "/api/fiches", new
                        {
                            name,
                            address = new { street = "Kortrijksesteenweg", number = "83", box = (string?)null, postcode = "9000", municipality = "Gent" },
                            phone = "09 265 04 00",
                        });
                        if (created?.TryGetProperty("value", out var id) == true) { registered.Add(id.GetGuid()); made++; }
                        await WaitFoundAsync(site, token);
                    }
                }
                repeats += walkRepeats;
                if (walkRepeats > 0) walksWithRepeat++;
            }
        return (walks, repeats, walksWithRepeat, made);
    }

    private static bool IsProbe(string name) =>
        name.Contains("aaproef", StringComparison.OrdinalIgnoreCase) || name.Contains("zzproef", StringComparison.OrdinalIgnoreCase);

    /// <summary>Marks defunct every paging probe still findable ("Aaproef"/"Zzproef" in the name), each at its current version.</summary>
    private static async Task RemoveProbesAsync(SiteClient site, string key)
    {
        foreach (var word in new[] { "aaproef", "zzproef" })
            for (var round = 0; round < 50; round++)
            {
                var answer = await site.GetAsync($"/api/search?q={word}&pageSize=50&sort=name", readBody: true);
                var hits = answer.Body is { } b ? b.GetProperty("hits").EnumerateArray().Where(h => IsProbe(h.GetProperty("name").GetString()!)).Select(h => h.GetProperty("id").GetGuid()).ToList() : [];
                if (hits.Count == 0) break;
                foreach (var id in hits)
                {
                    var fiche = await site.GetAsync($"/api/fiches/{id}", readBody: true);
                    if (fiche.Body is not { } f) continue;
                    await SendAsync(site, key, HttpMethod.Post, $"/api/fiches/{id}/mark-defunct",
                        new { reason = "Meetproef paginering", version = f.GetProperty("version").GetInt64() }, mustSucceed: false);
                }
                await Task.Delay(500);
            }
    }

    private static async Task WaitFoundAsync(SiteClient site, string token)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10))
        {
            var answer = await site.GetAsync($"/api/search?q={token}&pageSize=1", readBody: true);
            if (answer.Body is { } body && body.GetProperty("total").GetInt32() > 0) return;
            await Task.Delay(5);
        }
    }

    private static async Task<JsonElement?> SendAsync(SiteClient site, string key, HttpMethod method, string url, object body, bool mustSucceed = true)
    {
        using var request = new HttpRequestMessage(method, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", key);
        using var response = await site.Http.SendAsync(request);
        if (!response.IsSuccessStatusCode && !mustSucceed) return null;
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonDocument.Parse(text).RootElement;
    }

    private static async Task<Func<Judged, Task<List<Guid>>>> PostgresFullText(string db, Dictionary<string, string[]> waar)
    {
        var connection = new Npgsql.NpgsqlConnection(db);
        await connection.OpenAsync();
        const string document = "to_tsvector('dutch', concat_ws(' ', data->'fiche'->>'name', data->'fiche'->>'generalOperation', data->'fiche'->>'tasks'))";
        return async j =>
        {
            var sql = $"select id from socialekaart.mt_doc_search_fiche_entry where data->'fiche'->>'status' <> 'defunct' " +
                $"and {document} @@ plainto_tsquery('dutch', @q)" + (j.Waar is null ? "" : " and data->'fiche'->'workingAreaNis' ?| @nis") +
                $" order by ts_rank({document}, plainto_tsquery('dutch', @q)) desc limit 10";
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("q", j.Q);
            if (j.Waar is not null) command.Parameters.AddWithValue("nis", waar.GetValueOrDefault(j.Waar) ?? []);
            var ids = new List<Guid>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
            return ids;
        };
    }

    private static Func<Judged, Task<List<Guid>>> BareLucene(string folder, Dictionary<string, string[]> waar)
    {
        var onDisk = Lucene.Net.Store.FSDirectory.Open(folder);
        var reader = Lucene.Net.Index.DirectoryReader.Open(new Lucene.Net.Store.RAMDirectory(onDisk, Lucene.Net.Store.IOContext.DEFAULT));
        var searcher = new Lucene.Net.Search.IndexSearcher(reader);
        var folding = SocialeKaart.Modules.Search.Lucene.DutchAnalysis.Folding();
        return j =>
        {
            var query = new Lucene.Net.Search.BooleanQuery();
            var words = new Lucene.Net.Search.BooleanQuery();
            foreach (var word in SocialeKaart.Modules.Search.Lucene.DutchAnalysis.Tokens(folding, "text", j.Q))
                words.Add(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("text", word)), Lucene.Net.Search.Occur.SHOULD);
            query.Add(words, Lucene.Net.Search.Occur.MUST);
            if (j.Waar is not null)
            {
                var area = new Lucene.Net.Search.BooleanQuery();
                foreach (var nis in waar.GetValueOrDefault(j.Waar) ?? [])
                    area.Add(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("area", nis)), Lucene.Net.Search.Occur.SHOULD);
                query.Add(area, Lucene.Net.Search.Occur.MUST);
            }
            var hits = searcher.Search(query, 10);
            return Task.FromResult(hits.ScoreDocs.Select(d => Guid.Parse(searcher.Doc(d.Doc).Get("id"))).ToList());
        };
    }

    private const string Header = "| part | class | n | recall@10 | precision@5 | precision@10 | MRR | zero-result |";
    private const string Rule = "|---|---|---|---|---|---|---|---|";

    private static string Row(string part, string cls, List<Scored> g) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {part} | {cls} | {g.Count} | {g.Average(s => s.Hit ? 1.0 : 0):F3} | {g.Average(s => s.P5):F3} | {g.Average(s => s.P10):F3} | {g.Average(s => s.Rr):F3} | {g.Average(s => s.Zero ? 1.0 : 0):F3} |");

    private static bool Relevant(FicheRow row, string expect) => expect.Split('|').Any(e =>
        e.StartsWith("rubriek:", StringComparison.Ordinal) ? row.Rubriek?.StartsWith(e[8..], StringComparison.Ordinal) == true
        : e.StartsWith("name:", StringComparison.Ordinal) && row.Name.Contains(e[5..], StringComparison.OrdinalIgnoreCase));

    /// <summary>One edit (substitute, delete, insert, swap) at a random position of a word of 5+ letters of a unique name; the first letter apart; two edits in 9+ letters.</summary>
    private static IEnumerable<(string Name, List<(string Q, Guid Target)> Queries)> TypoSets(IReadOnlyList<FicheRow> rows)
    {
        var unique = rows.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1).Select(g => g.First()).ToList();
        var random = new Random(42);
        List<(string, Guid)> Make(int count, int minLength, Func<string, Random, string> edit)
        {
            var list = new List<(string, Guid)>();
            foreach (var row in unique.OrderBy(_ => random.Next()))
            {
                var words = row.Name.Split(' ');
                var candidates = words.Select((w, i) => (w, i)).Where(x => x.w.Length >= minLength && x.w.All(char.IsLetter)).ToList();
                if (candidates.Count == 0) continue;
                var (word, at) = candidates[random.Next(candidates.Count)];
                words[at] = edit(word, random);
                list.Add((string.Join(' ', words), row.Id));
                if (list.Count == count) break;
            }
            return list;
        }
        yield return ("one edit, first letter (words of 5+ letters)", Make(200, 5, (w, r) => Edit(w, 0, r)));
        yield return ("one edit, anywhere else (5+ letters)", Make(200, 5, (w, r) => Edit(w, 1 + r.Next(w.Length - 1), r)));
        yield return ("two edits (9+ letters)", Make(150, 9, (w, r) => { var once = Edit(w, r.Next(w.Length), r); return Edit(once, r.Next(once.Length), r); }));
    }

    private static string Edit(string word, int at, Random r)
    {
        const string letters = "abcdefghijklmnoprstuvwz";
        var c = letters[r.Next(letters.Length)];
        return r.Next(4) switch
        {
            0 => word[..at] + c + word[(at + 1)..],
            1 when word.Length > 5 => word[..at] + word[(at + 1)..],
            2 when at < word.Length - 1 => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
            _ => word[..at] + c + word[at..],
        };
    }
}
