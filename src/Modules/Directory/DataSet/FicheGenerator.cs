using System.Globalization;
using System.Text;
using SocialeKaart.Modules.Directory.DataSet.Registers;
using SocialeKaart.Modules.Directory.Fiches;
using SocialeKaart.Modules.Directory.Fiches.Sections;

namespace SocialeKaart.Modules.Directory.DataSet;

/// <summary>
/// Generates a realistic directory of <c>total</c> organisations from a seed: the same seed and size always give
/// the same fiches. Real municipalities and postcodes (weighted towards larger towns), mother organisations with
/// their branches in the regions where they work, names unique within the data set, and the distribution of the
/// field described in <see cref="Profiles"/>, less what the real registers already hold (<paramref name="coverage"/>).
/// Indexes start at <paramref name="firstIndex"/>, after the real records, so times and ids never collide.
/// </summary>
public sealed class FicheGenerator(int seed, int total, IGeography geography, IReadOnlyList<(string Code, string Name)> leafRubrieken,
    RegisterCoverage? coverage = null, int firstIndex = 0)
{
    public static readonly DateTimeOffset BaseTime = new(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(1));

    private readonly IReadOnlyList<MunicipalityInfo> _municipalities = geography.AllMunicipalities;
    private readonly double[] _weights = CumulativeWeights(geography);

    /// <summary>The fiches in load order: hospitals, mother organisations, then the rest; a very small set is cut short.</summary>
    public IEnumerable<GeneratedFiche> Generate() => All().Take(total);

    private readonly RegisterCoverage _coverage = coverage ?? RegisterCoverage.None;
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    private IEnumerable<GeneratedFiche> All()
    {
        var index = firstIndex;
        var slots = Plan(total);
        var mothers = new Dictionary<string, (Guid Id, string Name)>();
        foreach (var profile in Profiles.Named.Where(p => p.Mothers is not null))
            foreach (var (name, i) in profile.Mothers!.Select((n, i) => (n, i)))
            {
                var mother = Fiche(index++, profile, Regions.SeatOf(name, geography) ?? MotherMunicipality(i), parent: null, nameOverride: name);
                mothers[$"{profile.Key}:{i}"] = (mother.Id, name);
                yield return mother;
            }
        var sociaalHuisMunicipalities = Shuffle(_municipalities.Where(m => !_coverage.OcmwMunicipalities.Contains(m.NisCode)).ToList(), new Random(seed));
        var sociaalHuis = 0;
        foreach (var profile in slots)
        {
            var random = new Random(unchecked(seed * 104729 + index));
            var municipality = profile == Profiles.SociaalHuis ? sociaalHuisMunicipalities[sociaalHuis++ % sociaalHuisMunicipalities.Count] : PickMunicipality(random);
            (Guid Id, string Name)? parent = profile.Mothers is { Length: > 0 } names ? mothers[$"{profile.Key}:{Regions.MotherFor(profile, names, municipality, geography, random)}"] : null;
            yield return Fiche(index++, profile, municipality, parent, null);
        }
    }

    /// <summary>Which profile each remaining fiche gets, scaled from the 33,500 reference and shuffled by the seed.</summary>
    private List<Profile> Plan(int remaining)
    {
        var scale = (double)total / Profiles.ReferenceSize;
        var slots = new List<Profile>();
        void Add(Profile p, int count) { for (var i = 0; i < count; i++) slots.Add(p); }
        var uncovered = Profiles.SociaalHuis.Count - _coverage.OcmwMunicipalities.Count;
        Add(Profiles.SociaalHuis, total >= Profiles.ReferenceSize ? uncovered : (int)Math.Round(uncovered * scale));
        foreach (var p in Profiles.Named.Where(p => !(p.Key == "apotheek" && _coverage.Pharmacies))) Add(p, (int)Math.Round(p.Count * scale));
        var mothers = Profiles.Named.Sum(p => p.Mothers?.Length ?? 0);
        var used = Profiles.Named.Select(p => p.Rubriek).Append(Profiles.SociaalHuis.Rubriek).ToHashSet();
        var tail = leafRubrieken.Where(r => !used.Contains(r.Code) && !r.Code.StartsWith("02.06", StringComparison.Ordinal)).ToList();
        var left = Math.Max(0, remaining - mothers - slots.Count);
        for (var i = 0; i < left; i++) slots.Add(Profiles.Generic(tail[i % tail.Count].Code, tail[i % tail.Count].Name));
        var room = Math.Max(0, remaining - mothers);
        if (slots.Count > room) slots.RemoveRange(room, slots.Count - room);
        return Shuffle(slots, new Random(seed + 1));
    }

    private GeneratedFiche Fiche(int index, Profile profile, MunicipalityInfo municipality, (Guid Id, string Name)? parent, string? nameOverride)
    {
        var r = new Random(unchecked(seed * 7919 + index));
        var name = nameOverride ?? UniqueName(profile, r, municipality.Name, parent?.Name);
        var id = DeterministicIds.For(seed, "fiche", index);
        var at = BaseTime.AddSeconds(index);
        var postcodes = geography.PostcodesOf(municipality.NisCode);
        var postcode = postcodes[r.Next(postcodes.Count)];
        var localities = geography.LocalitiesOfPostcode(postcode);
        var centre = geography.PointOfPostcode(postcode)!;
        var point = new GeoPoint(Math.Round(centre.Lat + (r.NextDouble() - 0.5) * 0.008, 6), Math.Round(centre.Lon + (r.NextDouble() - 0.5) * 0.012, 6));
        var phone = Phone(r, municipality.ProvinceCode);
        var registration = new RegisterOrganisation(name,
            new AddressInput(Pick(r, DutchWords.Streets), r.Next(1, 251).ToString(CultureInfo.InvariantCulture), r.Next(8) == 0 ? $"{r.Next(1, 4)}" : null,
                postcode, localities[r.Next(localities.Count)]), phone, point);
        var slug = Slug(name);
        var status = r.Next(1000) switch { < 15 => FicheStatus.TemporarilyClosed, < 25 => FicheStatus.Defunct, _ => FicheStatus.Active };

        return new GeneratedFiche(id, index, profile.Key, parent?.Id, at, registration,
            new FicheIdentity(name, ShortName(profile, name), [], LegalForm(profile, r), r.Next(10) < 6 ? Kbo(r) : null),
            new ContactDetails([new Phone(null, phone)], [new Email(null, $"info@{slug}.example")], r.Next(10) < 7 ? $"https://www.{slug}.example" : null, []),
            new FicheContent(profile.Operation, profile.Tasks, new TargetGroup(profile.Tags, null), profile.Registration, profile.Cost,
                r.Next(5) == 0 ? ["nl", "fr", "en"] : r.Next(3) == 0 ? ["nl", "en"] : ["nl"], CostOf(profile.Cost)),
            Schedules(profile.Hours, r), Recognition(profile, r), Persons(profile, r, phone, slug), Activities(profile, r, municipality),
            Practice(profile, r), Area(profile.Area, municipality, r), [profile.Rubriek], profile.Trefwoorden, status,
            status switch { FicheStatus.TemporarilyClosed => "Tijdelijk gesloten wegens verbouwingen.", FicheStatus.Defunct => "De werking is stopgezet.", _ => null },
            r.Next(10) < 7 ? at.AddDays(-r.Next(0, 730)) : null);
    }

    /// <summary>
    /// A name no other generated fiche in the same municipality has: a few more draws, then the name with the
    /// municipality ("Huisartsenpraktijk Peeters Gent"), and a number only as a last resort.
    /// </summary>
    private string UniqueName(Profile profile, Random r, string municipality, string? mother)
    {
        string Draw() => mother is null ? profile.Name(r, municipality) : $"{mother} – {profile.Name(r, municipality)}";
        bool Take(string name) => _names.Add($"{municipality}|{name}");
        string? first = null;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var name = Draw();
            first ??= name;
            if (Take(name)) return name;
        }
        if (!first!.EndsWith(municipality, StringComparison.Ordinal) && Take($"{first} {municipality}")) return $"{first} {municipality}";
        for (var n = 2; ; n++)
            if (Take($"{first} ({n})")) return $"{first} ({n})";
    }

    private MunicipalityInfo MotherMunicipality(int i) => _municipalities[(i * 37 + seed) % _municipalities.Count];

    private MunicipalityInfo PickMunicipality(Random r)
    {
        var x = r.NextDouble() * _weights[^1];
        var i = Array.BinarySearch(_weights, x);
        return _municipalities[i < 0 ? ~i : i];
    }

    // Towns with more postcodes are bigger: a proxy for population, which the reference data does not have.
    private static double[] CumulativeWeights(IGeography geography)
    {
        var sum = 0.0;
        return geography.AllMunicipalities.Select(m => sum += 1 + 2 * geography.PostcodesOf(m.NisCode).Count).ToArray();
    }

    private static IReadOnlyList<Schedule> Schedules(HoursStyle style, Random r)
    {
        static WeeklySlot S(DayOfWeek d, int oh, int om, int ch, int cm, bool appointment = false) => new(d, new TimeOnly(oh, om), new TimeOnly(ch, cm), appointment);
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        var christmas = r.Next(3) == 0
            ? new List<ScheduleException> { new(new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 1), true, [], "Gesloten tijdens de kerstvakantie") }
            : [];
        var slots = style switch
        {
            HoursStyle.Office or HoursStyle.OfficeWithTelephone => weekdays.SelectMany(d => d == DayOfWeek.Friday && r.Next(2) == 0
                ? [S(d, 9, 0, 12, 0)] : new[] { S(d, 9, 0, 12, 0), S(d, 13, 0, 16, 30) }).ToList(),
            HoursStyle.Residential => Enum.GetValues<DayOfWeek>().Select(d => S(d, 8, 30, 20, 0)).ToList(),
            HoursStyle.ChildCare => weekdays.Select(d => S(d, 7, 0, 18, 30)).ToList(),
            HoursStyle.AfterSchool => weekdays.SelectMany(d => d == DayOfWeek.Wednesday
                ? new[] { S(d, 7, 0, 8, 30), S(d, 12, 0, 18, 30) } : [S(d, 7, 0, 8, 30), S(d, 15, 30, 18, 30)]).ToList(),
            HoursStyle.Practice => weekdays.SelectMany(d => new[] { S(d, 9, 0, 11, 0), S(d, 16, 0, 19, 0, appointment: true) })
                .Append(S(DayOfWeek.Saturday, 9, 0, 12, 0, appointment: true)).ToList(),
            HoursStyle.Pharmacy => weekdays.SelectMany(d => new[] { S(d, 8, 30, 12, 30), S(d, 13, 30, 18, 30) }).Append(S(DayOfWeek.Saturday, 9, 0, 12, 30)).ToList(),
            HoursStyle.Youth => [S(DayOfWeek.Saturday, 14, 0, 17, 0), S(DayOfWeek.Sunday, 14, 0, 17, 0)],
            HoursStyle.DayCare => weekdays.Select(d => S(d, 8, 0, 18, 0)).ToList(),
            _ => [],
        };
        var schedules = new List<Schedule> { new(ScheduleKind.OpeningHours, null, slots, christmas, false, null) };
        if (style == HoursStyle.OfficeWithTelephone)
            schedules.Add(new Schedule(ScheduleKind.TelephoneHours, null, weekdays.Select(d => S(d, 9, 0, 12, 30)).ToList(), [], false, null));
        if (style == HoursStyle.Practice && r.Next(2) == 0)
            schedules.Add(new Schedule(ScheduleKind.ConsultationHours, null, [], [], true, "Enkel op afspraak buiten de vrije raadplegingen."));
        return schedules;
    }

    private static IReadOnlyList<Recognition> Recognition(Profile profile, Random r) =>
        profile.Recognition is { } rec
            ? [new Recognition(rec.Authority, rec.Type, $"{rec.Prefix}{r.Next(10000, 99999)}", new DateOnly(r.Next(2005, 2025), r.Next(1, 13), 1), null)]
            : [];

    private static IReadOnlyList<PersonInput> Persons(Profile profile, Random r, string phone, string slug)
    {
        if (profile.Functions is null) return [];
        return Enumerable.Range(0, r.Next(1, 4)).Select(i =>
        {
            var (first, last) = (Pick(r, DutchWords.FirstNames), Pick(r, DutchWords.Surnames));
            return new PersonInput(null, $"{first} {last}", profile.Functions[i % profile.Functions.Length], i == 0 ? phone : null,
                $"{Slug(first)}.{Slug(last)}@{slug}.example");
        }).ToList();
    }

    private IReadOnlyList<ActivityInput> Activities(Profile profile, Random r, MunicipalityInfo municipality)
    {
        if (profile.Mothers is null) return [];
        var siblings = leafRubrieken.Where(x => x.Code.StartsWith(profile.Rubriek[..5], StringComparison.Ordinal)).ToList();
        return Enumerable.Range(0, r.Next(1, 4)).Select(i => siblings[(i + r.Next(siblings.Count)) % siblings.Count]).DistinctBy(s => s.Code)
            .Select(s => new ActivityInput(null, s.Name, $"{s.Name} voor inwoners van {municipality.Name} en omgeving.", [s.Code],
                new WorkingAreaInput([new AreaInput(AreaKind.EstablishedIn, PlaceKind.Municipality, municipality.NisCode)]))).ToList();
    }

    private static HealthPractice? Practice(Profile profile, Random r)
    {
        if (profile.Disciplines is null) return null;
        return new HealthPractice(profile.Disciplines.Select(d => new Discipline(d, Enumerable.Range(0, r.Next(1, 5)).Select(_ =>
            new CareProvider($"{(d is "Huisarts" or "Tandarts" ? "Dr. " : "")}{Pick(r, DutchWords.FirstNames)} {Pick(r, DutchWords.Surnames)}",
                $"{r.Next(1, 10)}-{r.Next(10000, 99999)}-{r.Next(10, 99)}-{r.Next(100, 999)}")).ToList())).ToList());
    }

    private static WorkingAreaInput Area(AreaStyle style, MunicipalityInfo m, Random r) => new(style switch
    {
        AreaStyle.Municipality => [new AreaInput(AreaKind.EstablishedIn, PlaceKind.Municipality, m.NisCode)],
        AreaStyle.HomeVisits => [new AreaInput(AreaKind.EstablishedIn, PlaceKind.Municipality, m.NisCode),
            new AreaInput(AreaKind.VisitsAtHomeIn, PlaceKind.Eerstelijnszone, m.EerstelijnszoneCode)],
        AreaStyle.Eerstelijnszone => [new AreaInput(AreaKind.EstablishedIn, PlaceKind.Eerstelijnszone, m.EerstelijnszoneCode)],
        AreaStyle.ReferenceRegion when m.ReferenceRegionCode is not null => [new AreaInput(AreaKind.EstablishedIn, PlaceKind.ReferenceRegion, m.ReferenceRegionCode)],
        AreaStyle.Province when m.ProvinceCode is not null => [new AreaInput(AreaKind.EstablishedIn, PlaceKind.Municipality, m.NisCode),
            new AreaInput(AreaKind.AlsoServesPeopleFrom, PlaceKind.Province, m.ProvinceCode)],
        AreaStyle.Flanders => [new AreaInput(AreaKind.AlsoServesPeopleFrom, PlaceKind.Region, "2000")],
        _ => r.Next(20) == 0 ? [new AreaInput(AreaKind.AlsoServesPeopleFrom, PlaceKind.Region, "2000")]
            : [new AreaInput(AreaKind.EstablishedIn, PlaceKind.Municipality, m.NisCode)],
    });

    private static string? ShortName(Profile profile, string name) => profile.Key switch
    {
        "sociaalhuis" => "OCMW",
        "caw" => "CAW",
        "cgg" => "CGG",
        "clb" => "CLB",
        "wzc" => "WZC",
        "ldc" => "LDC",
        _ => null,
    };

    private static string LegalForm(Profile profile, Random r) => profile.Key switch
    {
        "sociaalhuis" => "OCMW",
        "huisarts" or "kine" or "tandarts" or "psycholoog" or "gezinsopvang" => r.Next(2) == 0 ? "zelfstandige" : "bv",
        "apotheek" => "bv",
        _ => "vzw",
    };

    /// <summary>A valid enterprise number: 0 followed by seven random digits, and the mod-97 check.</summary>
    public static string Kbo(Random r)
    {
        var body = r.Next(2_000_000, 9_999_999);
        var check = 97 - body % 97;
        var digits = $"0{body:0000000}{check:00}";
        return $"{digits[..4]}.{digits[4..7]}.{digits[7..]}";
    }

    private static string Phone(Random r, string? province)
    {
        var zone = DutchWords.PhoneZone(province, r);
        return zone.Length == 2
            ? $"{zone} {r.Next(200, 999)} {r.Next(10, 99)} {r.Next(10, 99)}"
            : $"{zone} {r.Next(20, 99)} {r.Next(10, 99)} {r.Next(10, 99)}";
    }

    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.Length > 40 ? builder.ToString()[..40] : builder.ToString();
    }

    private static string Pick(Random r, string[] words) => words[r.Next(words.Length)];

    private static List<T> Shuffle<T>(List<T> items, Random r)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = r.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return items;
    }

    /// <summary>The kind of cost a profile's own words say: "Gratis." is free, an income rule is income based.</summary>
    private static CostKind? CostOf(string? cost) => cost switch
    {
        null => null,
        _ when cost.StartsWith("Gratis", StringComparison.OrdinalIgnoreCase) => CostKind.Free,
        _ when cost.Contains("inkomen", StringComparison.OrdinalIgnoreCase) => CostKind.IncomeBased,
        _ when cost.Contains("bijdrage", StringComparison.OrdinalIgnoreCase) || cost.Contains("remgeld", StringComparison.OrdinalIgnoreCase) => CostKind.Contribution,
        _ when cost.Contains('€') => CostKind.Paid,
        _ => null,
    };
}
