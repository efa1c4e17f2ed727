using System.Globalization;
using System.Text;
using Npgsql;

namespace SearchBench;

/// <summary>One benchmark query: its class, the URL the site gets, and what the references need to run the same search.</summary>
public sealed record BenchQuery(string Class, string Url, string? Text, string? Nis = null, string? Rubriek = null, Guid? Target = null);

public sealed record FicheRow(Guid Id, string Name, string? Municipality, string? Nis, string? Rubriek, string[] Trefwoorden);

/// <summary>
/// Realistic queries made from the data set itself (a seeded random, so every run asks the same): words and
/// prefixes of real names, one-edit typos, accent-free spellings, place and facet filters, the commonest words,
/// and nonsense that finds nothing; plus known-target queries (a unique name with a typo or without its
/// accents) for recall@10.
/// </summary>
public static class QuerySet
{
    public const int PerClass = 150;
    private static readonly HashSet<string> Stop = ["de", "het", "van", "voor", "en", "vzw", "der", "den", "op", "in", "te", "sint"];

    public static async Task<List<FicheRow>> LoadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select id, data->'fiche'->>'name', data->'fiche'->'locations'->0->>'municipalityName', data->'fiche'->'locations'->0->>'municipalityNis',
                   data->'fiche'->'rubrieken'->>0, coalesce(array(select jsonb_array_elements_text(data->'fiche'->'trefwoorden')), '{}')
            from socialekaart.mt_doc_search_fiche_entry where data->'fiche'->>'status' <> 'defunct' order by id
            """, connection);
        var rows = new List<FicheRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(new FicheRow(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<string[]>(5)));
        return rows;
    }

    public static List<BenchQuery> Mix(IReadOnlyList<FicheRow> rows, int seed = 20261123)
    {
        var random = new Random(seed);
        FicheRow Any() => rows[random.Next(rows.Count)];
        string Word(FicheRow row, int min = 4)
        {
            var words = Words(row.Name).Where(w => w.Length >= min && !Stop.Contains(w.ToLowerInvariant())).ToList();
            return words.Count == 0 ? Words(row.Name).OrderByDescending(w => w.Length).First() : words[random.Next(words.Count)];
        }
        var common = rows.SelectMany(r => Words(r.Name)).Where(w => w.Length >= 4 && !Stop.Contains(w.ToLowerInvariant()))
            .GroupBy(w => w.ToLowerInvariant()).OrderByDescending(g => g.Count()).Take(15).Select(g => g.Key).ToList();
        var accented = rows.SelectMany(r => Words(r.Name)).Where(w => Fold(w) != w.ToLowerInvariant()).Distinct().ToList();

        var queries = new List<BenchQuery>();
        for (var i = 0; i < PerClass; i++)
        {
            var row = Any();
            var exact = Word(row).ToLowerInvariant();
            queries.Add(Quick("exact", exact));
            var longer = Word(Any(), 5);
            queries.Add(Quick("prefix", longer[..Math.Min(longer.Length, 3 + random.Next(3))].ToLowerInvariant()));
            queries.Add(Quick("typo", Typo(Word(Any(), 6).ToLowerInvariant(), random)));
            queries.Add(Quick("accent-free", accented.Count > 0 ? Fold(accented[random.Next(accented.Count)]) : Fold(exact)));
            var here = rows[random.Next(rows.Count)];
            var category = Words(here.Name).First().ToLowerInvariant();
            if (here.Municipality is not null)
                queries.Add(new BenchQuery("place", $"/api/search?q={Esc(category)}&waar={Esc(here.Municipality)}", category, here.Nis));
            var faceted = Any();
            var top = faceted.Rubriek?.Split('.')[0];
            var facetWord = common[random.Next(common.Count)];
            queries.Add(top is null
                ? Quick("facets", facetWord)
                : new BenchQuery("facets", $"/api/search?q={Esc(facetWord)}&rubriek={top}&municipality={faceted.Nis}", facetWord, faceted.Nis, top));
            queries.Add(Quick("common", common[random.Next(common.Count)]));
            queries.Add(Quick("zero-result", Nonsense(random)));
        }
        return queries;
    }

    /// <summary>Known-target queries: unique names with one typo in their longest word, and unique accented names typed without accents.</summary>
    public static List<BenchQuery> Recall(IReadOnlyList<FicheRow> rows, int count = 200, int seed = 7)
    {
        var random = new Random(seed);
        var unique = rows.GroupBy(r => Fold(r.Name)).Where(g => g.Count() == 1).Select(g => g.First()).ToList();
        var typos = unique.Where(r => Words(r.Name).Any(w => w.Length >= 6)).OrderBy(_ => random.Next()).Take(count)
            .Select(r =>
            {
                var longest = Words(r.Name).OrderByDescending(w => w.Length).First();
                var text = r.Name.Replace(longest, Typo(longest, random), StringComparison.Ordinal);
                return Quick("recall: typo", text) with { Target = r.Id };
            });
        var accents = unique.Where(r => Fold(r.Name) != r.Name.ToLowerInvariant()).OrderBy(_ => random.Next()).Take(count / 2)
            .Select(r => Quick("recall: accent-free", Fold(r.Name)) with { Target = r.Id });
        return [.. typos, .. accents];
    }

    public static List<BenchQuery> Autocomplete(IReadOnlyList<FicheRow> rows, int perKind = 200, int seed = 11)
    {
        var random = new Random(seed);
        var municipalities = rows.Select(r => r.Municipality).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var terms = rows.SelectMany(r => r.Trefwoorden).Distinct().Order(StringComparer.Ordinal).ToList();
        string Prefix(string s) => s[..Math.Min(s.Length, 2 + random.Next(4))].ToLowerInvariant();
        var list = new List<BenchQuery>();
        for (var i = 0; i < perKind; i++)
        {
            var name = Prefix(rows[random.Next(rows.Count)].Name);
            list.Add(new BenchQuery("suggest: names", $"/api/search/suggestions?q={Esc(name)}", name));
            if (terms.Count > 0) list.Add(new BenchQuery("suggest: trefwoorden", $"/api/trefwoorden?q={Esc(Prefix(terms[random.Next(terms.Count)]))}", null));
            list.Add(new BenchQuery("suggest: waar", $"/api/geography/suggestions?q={Esc(Prefix(municipalities[random.Next(municipalities.Count)]))}", null));
        }
        return list;
    }

    private static BenchQuery Quick(string kind, string text) => new(kind, $"/api/search?q={Esc(text)}", text);

    private static string Esc(string value) => Uri.EscapeDataString(value);

    public static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '-', '/', '(', ')', '\'', '.', '&'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter));

    /// <summary>One edit inside the word (never the first letter: people rarely miss it, and neither engine corrects it).</summary>
    public static string Typo(string word, Random random)
    {
        var i = 1 + random.Next(word.Length - 2);
        return random.Next(3) switch
        {
            0 when word[i] != word[i + 1] => word[..i] + word[i + 1] + word[i] + word[(i + 2)..], // swapped letters
            1 => word[..i] + word[(i + 1)..],                                                       // a letter left out
            _ => word[..i] + (word[i] == 'e' ? 'a' : 'e') + word[(i + 1)..],                       // a wrong letter
        };
    }

    public static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    private static string Nonsense(Random random)
    {
        const string consonants = "bcdfghjklmnpqrstvwxz";
        return "q" + new string(Enumerable.Range(0, 7).Select(_ => consonants[random.Next(consonants.Length)]).ToArray());
    }
}
