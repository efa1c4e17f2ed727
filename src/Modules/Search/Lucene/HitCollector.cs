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
    private SegmentOrdinals? _placeOrdinals;
    private readonly FacetCounter _municipalities = new(Fields.MunicipalityFacet), _rubrieken = new(Fields.RubriekFacet),
        _rubriekenAll = new(Fields.RubriekFacetAll), _languages = new(Fields.LanguageFacet), _targetGroups = new(Fields.TargetGroupFacet),
        _costs = new(Fields.CostFacet);
    private FacetCounter[]? _all;
    private FacetCounter[] Counters => _all ??= [_municipalities, _rubrieken, _rubriekenAll, _languages, _targetGroups, _costs];
    private Scorer? _scorer;
    private HashSet<long> _fineOrds = [];
    private HashSet<long> _municipalityOrds = [];

    public List<(int Doc, float Score, int Tier, double Lat, double Lon)> Ranked { get; } = [];

    private NumericDocValues? _lat;
    private NumericDocValues? _lon;
    private BinaryDocValues? _labels;
    private readonly BytesRef _label = new();
    private int _docBase;

    public List<(int Doc, double Lat, double Lon)> Locations { get; } = [];
    public List<MapPoint> Points { get; } = [];
    public int Total { get; private set; }
    public IReadOnlyDictionary<string, int> Municipalities => _municipalities.Totals;
    /// <summary>The rubrieken on the hits, each counted with the hits under it: what filtering on it returns.</summary>
    public IReadOnlyDictionary<string, int> Rubrieken =>
        _rubrieken.Totals.Keys.ToDictionary(k => k, k => _rubriekenAll.Totals.GetValueOrDefault(k), StringComparer.Ordinal);
    public IReadOnlyDictionary<string, int> Languages => _languages.Totals;
    public IReadOnlyDictionary<string, int> TargetGroups => _targetGroups.Totals;
    public IReadOnlyDictionary<string, int> Costs => _costs.Totals;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Finish();
        _docBase = context.DocBase;
        _reader = context.AtomicReader;
        foreach (var counter in Counters) counter.Segment(_reader);
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
            foreach (var counter in Counters) counter.Start();
            _counting = true;
        }
        _municipalities.Count(doc);
        _rubrieken.Count(doc);
        _rubriekenAll.Count(doc);
        _languages.Count(doc);
        _targetGroups.Count(doc);
        _costs.Count(doc);
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
        foreach (var counter in Counters) counter.Flush();
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

    /// <summary>One facet's counts: by ordinal within a segment, into strings once per segment.</summary>
    private sealed class FacetCounter(string field)
    {
        private readonly BytesRef _scratch = new();
        private AtomicReader? _reader;
        private SegmentOrdinals? _ordinals;
        private int[] _counts = [];

        public Dictionary<string, int> Totals { get; } = new(StringComparer.Ordinal);

        public void Segment(AtomicReader reader) => (_reader, _ordinals) = (reader, SegmentOrdinals.For(reader, field));

        // Allocated at the segment's first hit only: most segments of a narrow search have none.
        public void Start() => _counts = new int[_ordinals?.ValueCount ?? 0];

        public void Count(int doc)
        {
            if (_ordinals is null) return;
            foreach (var ord in _ordinals.Of(doc)) _counts[ord]++;
        }

        public void Flush()
        {
            if (_counts.Length > 0 && _reader?.GetSortedSetDocValues(field) is { } values)
                for (var ord = 0; ord < _counts.Length; ord++)
                {
                    if (_counts[ord] == 0) continue;
                    values.LookupOrd(ord, _scratch);
                    var key = _scratch.Utf8ToString();
                    Totals[key] = Totals.GetValueOrDefault(key) + _counts[ord];
                }
            _counts = [];
        }
    }
}
