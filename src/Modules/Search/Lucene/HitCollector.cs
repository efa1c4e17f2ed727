using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Lucene;

/// <summary>
/// Visits every hit of a search once, for what a page of results cannot give: facet counts over the whole
/// result, the points of all results for the map, and distances for sorting by distance. Facets are counted
/// by ordinal per index segment (from <see cref="SegmentOrdinals"/>) and turned into strings once per segment
/// (<see cref="Finish"/>), not per hit.
/// </summary>
/// With a place to rank by (<see cref="PlaceRanking"/>), it also keeps every hit's score and how close it is to the
/// place: 0 located in the deelgemeente or postcode, 1 in the municipality, 2 serving it from elsewhere.
public sealed class HitCollector(bool collectLocations, PlaceRanking? place = null) : ICollector
{
    private AtomicReader? _reader;
    private SegmentOrdinals? _municipalityOrdinals, _rubriekOrdinals, _rubriekAllOrdinals, _placeOrdinals;
    private int[] _rubriekAllCounts = [];
    private readonly Dictionary<string, int> _rubriekenAll = new(StringComparer.Ordinal);
    private Scorer? _scorer;
    private HashSet<long> _fineOrds = [];
    private HashSet<long> _municipalityOrds = [];

    public List<(int Doc, float Score, int Tier, double Lat, double Lon)> Ranked { get; } = [];

    private readonly Dictionary<string, int> _municipalities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rubrieken = new(StringComparer.Ordinal);
    private NumericDocValues? _lat;
    private NumericDocValues? _lon;
    private BinaryDocValues? _labels;
    private readonly BytesRef _label = new();
    private int _docBase;
    private readonly BytesRef _scratch = new();
    private int[] _municipalityCounts = [];
    private int[] _rubriekCounts = [];

    public List<(int Doc, double Lat, double Lon)> Locations { get; } = [];
    public List<MapPoint> Points { get; } = [];
    public int Total { get; private set; }
    public IReadOnlyDictionary<string, int> Municipalities => _municipalities;
    /// <summary>The rubrieken on the hits, each counted with the hits under it: what filtering on it returns.</summary>
    public IReadOnlyDictionary<string, int> Rubrieken => _rubrieken.Keys.ToDictionary(k => k, k => _rubriekenAll.GetValueOrDefault(k), StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Finish();
        _docBase = context.DocBase;
        _reader = context.AtomicReader;
        _municipalityOrdinals = SegmentOrdinals.For(_reader, Fields.MunicipalityFacet);
        _rubriekOrdinals = SegmentOrdinals.For(_reader, Fields.RubriekFacet);
        _rubriekAllOrdinals = SegmentOrdinals.For(_reader, Fields.RubriekFacetAll);
        _counting = false; // the counts are allocated at the segment's first hit: most segments of a narrow search have none
        var locations = collectLocations || place is not null;
        _lat = locations ? context.AtomicReader.GetNumericDocValues(Fields.Lat) : null;
        _lon = locations ? context.AtomicReader.GetNumericDocValues(Fields.Lon) : null;
        if (place is not null)
        {
            _placeOrdinals = SegmentOrdinals.For(_reader, Fields.LocatedPlace);
            var values = _reader.GetSortedSetDocValues(Fields.LocatedPlace);
            _fineOrds = Ordinals(values, place.Localities);
            _municipalityOrds = Ordinals(values, place.Municipalities.Select(n => "nis:" + n));
        }
        _labels = collectLocations ? context.AtomicReader.GetBinaryDocValues(Fields.MapLabel) : null;
    }

    private bool _counting;

    public void Collect(int doc)
    {
        Total++;
        if (!_counting)
        {
            _municipalityCounts = new int[_municipalityOrdinals?.ValueCount ?? 0];
            _rubriekCounts = new int[_rubriekOrdinals?.ValueCount ?? 0];
            _rubriekAllCounts = new int[_rubriekAllOrdinals?.ValueCount ?? 0];
            _counting = true;
        }
        Count(_municipalityOrdinals, doc, _municipalityCounts);
        Count(_rubriekOrdinals, doc, _rubriekCounts);
        Count(_rubriekAllOrdinals, doc, _rubriekAllCounts);
        if (place is not null)
            Ranked.Add((_docBase + doc, _scorer?.GetScore() ?? 0, Tier(doc), (_lat?.Get(doc) ?? 0) / 1e6, (_lon?.Get(doc) ?? 0) / 1e6));
        if (collectLocations && _lat is not null && _lon is not null)
        {
            var (lat, lon) = (_lat.Get(doc), _lon.Get(doc));
            if (lat == 0 && lon == 0) return;
            Locations.Add((_docBase + doc, lat / 1e6, lon / 1e6));
            if (_labels is null) return;
            _labels.Get(doc, _label);
            var label = _label.Utf8ToString();
            var bar = label.IndexOf('|');
            Points.Add(new MapPoint(Guid.Parse(label.AsSpan(0, bar)), label[(bar + 1)..], lat / 1e6, lon / 1e6));
        }
    }

    /// <summary>Adds the current segment's ordinal counts to the totals; call once after the search.</summary>
    public void Finish()
    {
        Flush(Fields.MunicipalityFacet, _municipalityCounts, _municipalities);
        Flush(Fields.RubriekFacet, _rubriekCounts, _rubrieken);
        Flush(Fields.RubriekFacetAll, _rubriekAllCounts, _rubriekenAll);
        _municipalityCounts = [];
        _rubriekCounts = [];
        _rubriekAllCounts = [];
    }

    private int Tier(int doc)
    {
        if (_placeOrdinals is null) return 2;
        var tier = 2;
        foreach (var ord in _placeOrdinals.Of(doc))
        {
            if (_fineOrds.Contains(ord)) return 0;
            if (_municipalityOrds.Contains(ord)) tier = 1;
        }
        return tier;
    }

    private static HashSet<long> Ordinals(SortedSetDocValues? values, IEnumerable<string> keys)
    {
        var ords = new HashSet<long>();
        if (values is null) return ords;
        foreach (var key in keys)
        {
            var ord = values.LookupTerm(new BytesRef(key));
            if (ord >= 0) ords.Add(ord);
        }
        return ords;
    }

    private static void Count(SegmentOrdinals? ordinals, int doc, int[] counts)
    {
        if (ordinals is null) return;
        foreach (var ord in ordinals.Of(doc)) counts[ord]++;
    }

    private void Flush(string field, int[] counts, Dictionary<string, int> totals)
    {
        if (counts.Length == 0 || _reader?.GetSortedSetDocValues(field) is not { } values) return;
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] == 0) continue;
            values.LookupOrd(ord, _scratch);
            var key = _scratch.Utf8ToString();
            totals[key] = totals.GetValueOrDefault(key) + counts[ord];
        }
    }
}
