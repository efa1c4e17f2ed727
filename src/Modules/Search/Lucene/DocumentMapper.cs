using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Lucene;

/// <summary>Turns a search document into a Lucene document and a stored hit back into a result card.</summary>
public static class DocumentMapper
{
    // The result card's fields as doc values, not a stored document: reading 20 stored documents (a compressed block
    // each) was a sixth of a search (measured with dotnet-trace; bench/search.md), a doc value is one read.
    private sealed record Display(Guid Id, string Name, string Status, string? Postcode, string? Locality, string? Municipality, double? Lat, double? Lon, string? Attribution = null);

    public static Document ToLucene(SearchDocument d)
    {
        var f = d.Fiche;
        var first = f.Locations.FirstOrDefault();
        var doc = new Document
        {
            new StringField(Fields.Id, d.Id.ToString(), Field.Store.YES),
            new SortedDocValuesField(Fields.IdSort, new BytesRef(d.Id.ToString())),
            new StoredField(Fields.Version, d.Version),
            new StringField(Fields.Status, f.Status, Field.Store.NO),
            new StringField(Fields.IsParent, f.ParentId is null ? "1" : "0", Field.Store.NO),
            new SortedDocValuesField(Fields.NameSort, new BytesRef(TextFolding.DutchSortKey(f.Name))),
            new SortedDocValuesField(Fields.PostcodeSort, new BytesRef(first?.Postcode ?? "9999")),
            new SortedDocValuesField(Fields.MunicipalitySort, new BytesRef(TextFolding.DutchSortKey(first?.MunicipalityName ?? "zzz"))),
            new BinaryDocValuesField(Fields.Display, new BytesRef(JsonSerializer.SerializeToUtf8Bytes(
                new Display(d.Id, f.Name, f.Status, first?.Postcode, first?.Locality, first?.MunicipalityName, first?.Lat, first?.Lon, f.Attribution)))),
        };
        foreach (var name in new[] { f.Name, f.ShortName }.Concat(f.OtherNames).OfType<string>())
            doc.Add(new TextField(Fields.Name, name, Field.Store.NO));
        foreach (var name in f.PersonNames.Concat(f.Activities.Select(a => a.Name)))
            doc.Add(new TextField(Fields.People, name, Field.Store.NO));
        foreach (var name in f.PersonNames) doc.Add(new TextField(Fields.Person, name, Field.Store.NO));
        foreach (var part in f.Activities.SelectMany(a => new[] { a.Name, a.Description }.OfType<string>())) doc.Add(new TextField(Fields.Activity, part, Field.Store.NO));
        if (f.GeneralOperation is not null) doc.Add(new TextField(Fields.Operation, f.GeneralOperation, Field.Store.NO));
        if (f.Tasks is not null) doc.Add(new TextField(Fields.Tasks, f.Tasks, Field.Store.NO));
        foreach (var street in f.Locations.Select(l => l.Street).Distinct()) doc.Add(new TextField(Fields.Street, street, Field.Store.NO));
        foreach (var term in f.Trefwoorden)
        {
            doc.Add(new StringField(Fields.Trefwoord, Fold(term), Field.Store.NO));
            doc.Add(new TextField(Fields.TrefwoordText, term, Field.Store.NO));
        }
        var text = SearchText.Of(d);
        doc.Add(new TextField(Fields.Text, text, Field.Store.NO));
        doc.Add(new TextField(Fields.Stemmed, text, Field.Store.NO));
        doc.Add(new TextField(Fields.Parts, text, Field.Store.NO));
        foreach (var nis in f.WorkingAreaNis) doc.Add(new StringField(Fields.Area, nis, Field.Store.NO));
        foreach (var code in d.RubriekenWithAncestors) doc.Add(new StringField(Fields.Rubriek, code, Field.Store.NO));
        foreach (var code in f.Rubrieken.Distinct()) doc.Add(new SortedSetDocValuesField(Fields.RubriekFacet, new BytesRef(code)));
        foreach (var code in d.RubriekenWithAncestors.Distinct()) doc.Add(new SortedSetDocValuesField(Fields.RubriekFacetAll, new BytesRef(code)));
        foreach (var nis in f.Locations.Select(l => l.MunicipalityNis).Distinct()) doc.Add(new StringField(Fields.Located, nis, Field.Store.NO));
        foreach (var key in PlaceKeys(f.Locations)) doc.Add(new SortedSetDocValuesField(Fields.LocatedPlace, new BytesRef(key)));
        foreach (var nis in f.Locations.Select(l => l.MunicipalityNis).Distinct()) doc.Add(new SortedSetDocValuesField(Fields.MunicipalityFacet, new BytesRef(nis)));
        foreach (var language in (f.Languages ?? []).Distinct())
        {
            doc.Add(new StringField(Fields.Language, language, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(Fields.LanguageFacet, new BytesRef(language)));
        }
        foreach (var group in f.TargetGroups.Distinct())
        {
            doc.Add(new StringField(Fields.TargetGroup, group, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(Fields.TargetGroupFacet, new BytesRef(group)));
        }
        if (f.Cost is { } cost)
        {
            doc.Add(new StringField(Fields.Cost, cost, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(Fields.CostFacet, new BytesRef(cost)));
        }
        foreach (var term in OpenNowTerms.Of(f.Hours).Distinct()) doc.Add(new StringField(Fields.Open, term, Field.Store.NO));
        if (first is not null)
        {
            doc.Add(new NumericDocValuesField(Fields.Lat, (long)Math.Round(first.Lat * 1e6)));
            doc.Add(new NumericDocValuesField(Fields.Lon, (long)Math.Round(first.Lon * 1e6)));
            doc.Add(new BinaryDocValuesField(Fields.MapLabel, new BytesRef($"{d.Id}|{f.Name}")));
        }
        return doc;
    }

    /// <summary>The result card of a document of the reader (a top-level document number).</summary>
    public static SearchHit ToHit(IndexReader reader, int doc, double? distanceKm)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var bytes = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(Fields.Display).Get(doc - leaf.DocBase, bytes);
        var display = JsonSerializer.Deserialize<Display>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length))!;
        return new SearchHit(display.Id, display.Name, display.Status, display.Postcode, display.Locality,
            display.Municipality, display.Lat, display.Lon, distanceKm is null ? null : Math.Round(distanceKm.Value, 2), display.Attribution);
    }

    /// <summary>Where a fiche is, as the keys <see cref="PlaceRanking"/> asks for: postcode, postcode with locality, municipality.</summary>
    public static IEnumerable<string> PlaceKeys(IEnumerable<Contracts.Directory.FicheSnapshotLocation> locations) => locations
        .SelectMany(l => new[] { "pc:" + l.Postcode, LocalityKey(l.MunicipalityNis, l.Locality), "nis:" + l.MunicipalityNis }).Distinct();

    /// <summary>A deelgemeente by its municipality and name: several municipalities have a deelgemeente called Berg.</summary>
    public static string LocalityKey(string municipalityNis, string locality) => $"loc:{municipalityNis}|{Fold(locality)}";

    public static string Fold(string text) => TextFolding.Fold(text);
}
