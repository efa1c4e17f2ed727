using SocialeKaart.Modules.Directory.Fiches;

namespace SocialeKaart.Modules.Directory.DataSet;

public enum HoursStyle { Office, OfficeWithTelephone, Residential, ChildCare, AfterSchool, Practice, Pharmacy, Youth, DayCare }

public enum AreaStyle { Municipality, Eerstelijnszone, ReferenceRegion, Province, Flanders, HomeVisits }

/// <summary>A kind of organisation in the field, with how many there are among 33,500 fiches and what its fiche looks like.</summary>
public sealed record Profile(
    string Key, string Rubriek, int Count, Func<Random, string, string> Name, HoursStyle Hours, AreaStyle Area,
    string Operation, string Tasks, string[] Tags, string[] Trefwoorden,
    string? Registration = null, string? Cost = null, (string Authority, string Type, string Prefix)? Recognition = null,
    string[]? Functions = null, string[]? Disciplines = null, string[]? Mothers = null);

/// <summary>
/// The field as it is: counts follow the real Flemish landscape where they are known (826 woonzorgcentra,
/// 876 groups of assistance flats, 484 short-stay and 363 day-care centres, one Sociaal Huis per municipality);
/// the remaining fiches spread over every other rubriek.
/// </summary>
public static class Profiles
{
    public const int ReferenceSize = 33_500;

    private static string Pick(Random r, string[] words) => words[r.Next(words.Length)];
    private static string Noun(Random r) => r.Next(3) == 0 ? Pick(r, DutchWords.NameNouns) : "De " + Pick(r, DutchWords.NameNouns);
    private static string Person(Random r) => $"{Pick(r, DutchWords.FirstNames)} {Pick(r, DutchWords.Surnames)}";

    private const string Office = "Maandag tot vrijdag, op afspraak of tijdens de openingsuren.";

    public static readonly IReadOnlyList<Profile> Named =
    [
        new("wzc", "14.04.01", 826, (r, m) => r.Next(2) == 0 ? $"Woonzorgcentrum {Pick(r, DutchWords.Saints)}" : $"WZC {Noun(r)}",
            HoursStyle.Residential, AreaStyle.Municipality,
            "Een woonzorgcentrum biedt ouderen een thuis met verzorging, verpleging en begeleiding, dag en nacht.",
            "Permanent verblijf, verpleging, animatie, kinesitherapie en ergotherapie.", ["ouderen", "personen-met-dementie"],
            ["woonzorgcentrum", "dementie"], "Aanmelden via de sociale dienst van het woonzorgcentrum.", "Dagprijs volgens kamertype; informatie op aanvraag.",
            ("Departement Zorg", "Erkenning woonzorgcentrum", "PE"), ["Directeur", "Hoofdverpleegkundige", "Sociaal assistent"]),
        new("gaw", "14.04.02", 876, (r, m) => r.Next(2) == 0 ? $"Assistentiewoningen {Noun(r)}" : $"Residentie {Pick(r, DutchWords.NameNouns)}",
            HoursStyle.Office, AreaStyle.Municipality,
            "Aangepaste woningen voor ouderen die zelfstandig wonen, met een woonassistent en hulp bij nood.",
            "Huur van een assistentiewoning, personenalarm, activiteiten.", ["ouderen"], ["assistentiewoning"],
            "Inschrijven op de wachtlijst bij de woonassistent.", null, ("Departement Zorg", "Erkenning groep van assistentiewoningen", "GAW")),
        new("kortverblijf", "14.04.03", 484, (r, m) => $"Centrum voor kortverblijf {Pick(r, DutchWords.Saints)}",
            HoursStyle.Residential, AreaStyle.Municipality,
            "Tijdelijke opvang van ouderen, bijvoorbeeld na een ziekenhuisopname of om de mantelzorger te ontlasten.",
            "Kortverblijf tot drie maanden per jaar, verzorging en revalidatie.", ["ouderen", "mantelzorgers"], ["kortverblijf", "mantelzorg"],
            "Aanvragen via de sociale dienst.", null, ("Departement Zorg", "Erkenning centrum voor kortverblijf", "KV")),
        new("dagverzorging", "14.03.01", 363, (r, m) => $"Dagverzorgingscentrum {Noun(r)}",
            HoursStyle.DayCare, AreaStyle.HomeVisits,
            "Overdag opvang en verzorging voor ouderen die thuis wonen.", "Dagopvang, verzorging, maaltijden en vervoer.",
            ["ouderen", "personen-met-dementie"], ["dagverzorging"], null, "Dagprijs; vervoer tegen vergoeding.",
            ("Departement Zorg", "Erkenning centrum voor dagverzorging", "CDV")),
        new("huisarts", "02.01.01", 4200, (r, m) => r.Next(3) == 0 ? $"Groepspraktijk {Noun(r)}" : $"Huisartsenpraktijk {Pick(r, DutchWords.Surnames)}",
            HoursStyle.Practice, AreaStyle.Municipality,
            "Huisartsenpraktijk voor algemene geneeskunde, preventie en opvolging van chronische aandoeningen.",
            "Consultaties, huisbezoeken, vaccinaties en kleine ingrepen.", ["iedereen"], ["huisarts"],
            "Consultatie op afspraak; vrije raadpleging op de aangegeven uren.", "Terugbetaald door het ziekenfonds; derdebetalersregeling mogelijk.",
            Disciplines: ["Huisarts"]),
        new("wgc", "02.01.02", 60, (r, m) => $"Wijkgezondheidscentrum {Noun(r)}",
            HoursStyle.Practice, AreaStyle.Municipality,
            "Een wijkgezondheidscentrum biedt toegankelijke eerstelijnszorg met een team van huisartsen, verpleegkundigen en kinesitherapeuten.",
            "Forfaitaire geneeskunde, gezondheidspromotie in de wijk.", ["iedereen", "mensen-in-armoede"], ["huisarts"],
            "Inschrijven voor wie in het werkingsgebied woont.", "Gratis bij inschrijving (forfaitaire betaling).",
            Disciplines: ["Huisarts", "Verpleegkundige", "Kinesitherapeut", "Maatschappelijk werker"]),
        new("kine", "02.04.01", 2600, (r, m) => r.Next(2) == 0 ? $"Kinesitherapie {Pick(r, DutchWords.Surnames)}" : $"Kinepraktijk {Noun(r)}",
            HoursStyle.Practice, AreaStyle.Municipality, "Kinesitherapie en revalidatie in de praktijk en aan huis.",
            "Revalidatie na letsels en operaties, ademhalingskine, perinatale kine.", ["iedereen"], ["kinesitherapie"],
            "Op voorschrift van een arts, op afspraak.", "Gedeeltelijk terugbetaald.", Disciplines: ["Kinesitherapeut"]),
        new("tandarts", "02.03", 1900, (r, m) => $"Tandartsenpraktijk {Pick(r, DutchWords.Surnames)}",
            HoursStyle.Practice, AreaStyle.Municipality, "Tandzorg voor volwassenen en kinderen.", "Controles, verzorging, mondhygiëne.",
            ["iedereen"], ["tandarts"], "Op afspraak.", "Geconventioneerd tarief.", Disciplines: ["Tandarts"]),
        new("apotheek", "02.02", 1800, (r, m) => $"Apotheek {(r.Next(2) == 0 ? Pick(r, DutchWords.Surnames) : Noun(r))}",
            HoursStyle.Pharmacy, AreaStyle.Municipality, "Apotheek voor geneesmiddelen en farmaceutisch advies.", "Geneesmiddelen, huisapotheker, wachtdienst.",
            ["iedereen"], [], null, null, ("FAGG", "Vergunning open apotheek", "APO")),
        new("psycholoog", "03.06.01", 1800, (r, m) => $"Psychologenpraktijk {Pick(r, DutchWords.Surnames)}",
            HoursStyle.Practice, AreaStyle.Municipality, "Eerstelijnspsychologische zorg voor kortdurende psychische klachten.",
            "Gesprekken bij angst, somberheid, stress en rouw.", ["volwassenen", "jongeren"], ["psychische problemen", "angst", "depressie"],
            "Rechtstreeks of na verwijzing door de huisarts.", "Terugbetaald binnen het netwerk geestelijke gezondheid.", Disciplines: ["Klinisch psycholoog"]),
        new("groepsopvang", "10.07.02", 2400, (r, m) => r.Next(2) == 0 ? $"Kinderdagverblijf {Noun(r)}" : $"Kinderopvang {Noun(r)}",
            HoursStyle.ChildCare, AreaStyle.Municipality, "Groepsopvang voor baby's en peuters van 0 tot 3 jaar.",
            "Dagopvang in leefgroepen, zorg op maat van elk kind.", ["baby-peuter", "gezinnen"], ["kinderopvang"],
            "Aanvragen via het lokaal loket kinderopvang.", "Inkomensgerelateerd tarief.", ("Opgroeien", "Vergunning groepsopvang baby's en peuters", "KO-")),
        new("gezinsopvang", "10.07.03", 2600, (r, m) => $"Gezinsopvang {Person(r)}",
            HoursStyle.ChildCare, AreaStyle.Municipality, "Kleinschalige gezinsopvang voor maximaal acht kinderen in een huiselijke omgeving.",
            "Opvang van baby's en peuters.", ["baby-peuter", "gezinnen"], ["kinderopvang"],
            "Rechtstreeks contact opnemen.", "Inkomensgerelateerd tarief.", ("Opgroeien", "Vergunning gezinsopvang baby's en peuters", "KO-")),
        new("bko", "10.07.04", 900, (r, m) => r.Next(2) == 0 ? $"IBO {Noun(r)}" : $"Buitenschoolse opvang {Noun(r)}",
            HoursStyle.AfterSchool, AreaStyle.Municipality, "Opvang voor en na school en op woensdagnamiddag voor kleuters en lagereschoolkinderen.",
            "Voor- en naschoolse opvang, vakantieopvang.", ["kinderen"], ["buitenschoolse opvang"], "Inschrijven via de gemeente.", "Tarief per begonnen halfuur."),
        new("hvhk", "10.01", 300, (r, m) => $"Huis van het Kind {m}",
            HoursStyle.Office, AreaStyle.Municipality, "Het Huis van het Kind brengt alle ondersteuning voor (aanstaande) gezinnen samen.",
            "Consultaties, opvoedingsondersteuning, ontmoeting.", ["gezinnen", "ouders", "zwangeren"], ["opvoeding"]),
        new("caw", "01.01.01", 240, (r, m) => $"Onthaal {m}", HoursStyle.OfficeWithTelephone, AreaStyle.ReferenceRegion,
            "Het CAW helpt iedereen met vragen over welzijn: relaties, geld, wonen, geweld en juridische vragen.",
            "Onthaal, psychosociale begeleiding, crisisopvang, slachtofferhulp.", ["volwassenen", "jongeren", "iedereen"],
            ["CAW", "relatieproblemen", "schulden", "dakloos", "partnergeweld"], "Vrij binnenlopen tijdens de onthaaluren of bellen.", "Gratis.",
            ("Departement Zorg", "Erkenning centrum algemeen welzijnswerk", "CAW"), ["Onthaalmedewerker", "Maatschappelijk werker", "Teamcoach"],
            Mothers: ["CAW Antwerpen", "CAW Boom Mechelen Lier", "CAW De Kempen", "CAW Oost-Brabant", "CAW Halle-Vilvoorde", "CAW Centraal-West-Vlaanderen",
                "CAW Noord-West-Vlaanderen", "CAW Zuid-West-Vlaanderen", "CAW Oost-Vlaanderen", "CAW Limburg", "CAW Brussel"]),
        new("ziekenfonds", "01.03.01", 900, (r, m) => $"Kantoor {m}", HoursStyle.Office, AreaStyle.Municipality,
            "Het ziekenfonds betaalt gezondheidskosten terug en helpt met vragen over ziekte, invaliditeit en zorg.",
            "Terugbetalingen, dienst maatschappelijk werk, thuiszorgadvies.", ["iedereen"], ["ziekenfonds"], Office, "Lidmaatschap.",
            Functions: ["Kantoorverantwoordelijke", "Maatschappelijk werker"],
            Mothers: ["Ziekenfonds Zorgzaam", "Ziekenfonds Samen Gezond", "Ziekenfonds Helpende Hand", "Ziekenfonds Gezondheid en Welzijn", "Ziekenfonds Nabij"]),
        new("cgg", "03.01.01", 160, (r, m) => $"Afdeling {m}", HoursStyle.Office, AreaStyle.Eerstelijnszone,
            "Ambulante gespecialiseerde geestelijke gezondheidszorg voor mensen met ernstige psychische problemen.",
            "Diagnostiek, therapie, psychiatrische behandeling.", ["volwassenen", "personen-met-psychische-problemen"],
            ["psychische problemen", "depressie", "verslaving"], "Aanmelden via telefoon; er is een wachtlijst.", "Remgeld volgens inkomen.",
            ("Departement Zorg", "Erkenning centrum voor geestelijke gezondheidszorg", "CGG"), ["Psychiater", "Psycholoog", "Maatschappelijk werker"],
            Mothers: ["CGG De Pont", "CGG Andante", "CGG Eclips", "CGG Kempen", "CGG VBO", "CGG Largo", "CGG Mandel en Leie", "CGG Waas en Dender",
                "CGG Ahasverus", "CGG LITP", "CGG De Drie Stromen", "CGG Brussel", "CGG Ter Weyde", "CGG Noord-West-Vlaanderen", "CGG Prisma",
                "CGG Oost-Brabant", "CGG Zuid-West-Vlaanderen", "CGG Vlaams-Brabant Oost", "CGG Zuid-Oost-Vlaanderen", "CGG De Kempen"]),
        new("ldc", "04.09", 420, (r, m) => $"Lokaal dienstencentrum {Noun(r)}", HoursStyle.Office, AreaStyle.Municipality,
            "Ontmoetingsplek en dienstverlening voor buurtbewoners, vooral ouderen.", "Activiteiten, maaltijden, hygiënische zorg, informatie.",
            ["ouderen", "iedereen"], ["eenzaamheid", "thuiszorg"], "Vrij binnenlopen.", "Kleine bijdrage per activiteit.",
            ("Departement Zorg", "Erkenning lokaal dienstencentrum", "LDC")),
        new("thuisverpleging", "04.02", 700, (r, m) => $"Thuisverpleging {(r.Next(2) == 0 ? Pick(r, DutchWords.Surnames) : Noun(r))}",
            HoursStyle.OfficeWithTelephone, AreaStyle.HomeVisits, "Verpleegkundige zorg aan huis, zeven dagen op zeven.",
            "Wondzorg, inspuitingen, palliatieve zorg, hygiënische zorg.", ["ouderen", "chronisch-zieken"], ["thuisverpleging", "thuiszorg"],
            "Op voorschrift van de huisarts of rechtstreeks.", "Terugbetaald door het ziekenfonds.", Disciplines: ["Verpleegkundige"]),
        new("gezinszorg", "04.01.01", 350, (r, m) => $"Dienst gezinszorg {Noun(r)}", HoursStyle.OfficeWithTelephone, AreaStyle.HomeVisits,
            "Verzorgenden helpen gezinnen en ouderen thuis bij persoonsverzorging en het huishouden.", "Gezinszorg, poetshulp, oppashulp.",
            ["ouderen", "gezinnen", "mantelzorgers"], ["gezinszorg", "poetshulp"], "Aanvragen per telefoon; een maatschappelijk werker komt langs.",
            "Bijdrage volgens inkomen.", ("Departement Zorg", "Erkenning dienst voor gezinszorg", "DGZ")),
        new("werkwinkel", "06.01.01", 130, (r, m) => $"Werkwinkel {m}", HoursStyle.Office, AreaStyle.Municipality,
            "Begeleiding bij het zoeken naar werk of een opleiding.", "Vacatures, sollicitatieadvies, opleidingsadvies.",
            ["werkzoekenden"], ["werk zoeken", "opleiding", "werkloosheid"], Office, "Gratis."),
        new("clb", "06.05.01", 150, (r, m) => r.Next(2) == 0 ? $"Vrij CLB {Noun(r)}" : $"CLB {m}", HoursStyle.Office, AreaStyle.Eerstelijnszone,
            "Het centrum voor leerlingenbegeleiding helpt leerlingen, ouders en scholen.", "Studiekeuze, leren, gezondheid, psychisch welbevinden.",
            ["kinderen", "jongeren", "ouders"], ["studiekeuze", "spijbelen"], "Via de school of rechtstreeks.", "Gratis."),
        new("woonmaatschappij", "07.01.01", 120, (r, m) => $"Woonmaatschappij {Noun(r)}", HoursStyle.Office, AreaStyle.ReferenceRegion,
            "Verhuur van sociale woningen en begeleiding van huurders.", "Inschrijving, toewijzing, huurdersbegeleiding.",
            ["iedereen", "mensen-in-armoede"], ["sociale woning"], "Inschrijven in het centraal inschrijvingsregister.", "Huurprijs volgens inkomen."),
        new("svk", "07.01.02", 60, (r, m) => $"Sociaal Verhuurkantoor {m}", HoursStyle.Office, AreaStyle.ReferenceRegion,
            "Huurt woningen op de private markt en verhuurt ze aan mensen met een laag inkomen.", "Verhuur en woonbegeleiding.",
            ["mensen-in-armoede"], ["sociale woning", "huurwoning"]),
        new("vergund", "13.03", 450, (r, m) => $"Vzw {Pick(r, DutchWords.NameNouns)}", HoursStyle.Office, AreaStyle.Province,
            "Ondersteuning van volwassenen met een handicap: wonen, dagbesteding en begeleiding.", "Woonondersteuning, dagondersteuning, individuele begeleiding.",
            ["personen-met-een-beperking"], ["handicap", "persoonlijk assistentiebudget"], "Met een budget van het VAPH.", "Volgens het persoonsvolgend budget.",
            ("VAPH", "Vergunning zorgaanbieder", "VZA")),
        new("drugpunt", "03.07.01", 40, (r, m) => $"Drugpunt {m}", HoursStyle.Office, AreaStyle.Municipality,
            "Informatie en advies over alcohol, drugs, gokken en gamen voor gebruikers en hun omgeving.", "Vragen beantwoorden, doorverwijzen.",
            ["jongeren", "ouders", "druggebruikers"], ["drugs", "alcohol", "gokken", "verslaving"], "Vrij binnenlopen of bellen.", "Gratis."),
        new("jeugdwerk", "11.01", 1500, (r, m) => r.Next(4) switch { 0 => $"Chiro {Pick(r, DutchWords.Saints)}", 1 => $"Scouts {Pick(r, DutchWords.Saints)}", 2 => $"KSA {Pick(r, DutchWords.NameNouns)}", _ => $"Jeugdhuis {Noun(r)}" },
            HoursStyle.Youth, AreaStyle.Municipality, "Jeugdbeweging met wekelijkse activiteiten en een zomerkamp.", "Spel, kampen, ontmoeting.",
            ["kinderen", "jongeren"], ["jongeren"], "Inschrijven bij de leiding.", "Jaarlijks lidgeld."),
        new("voedselbank", "09.02.01", 150, (r, m) => $"Voedselbedeling {m}", HoursStyle.Office, AreaStyle.Municipality,
            "Voedselpakketten voor gezinnen in armoede.", "Verdeling van voedselpakketten.", ["mensen-in-armoede", "gezinnen"], ["voedselhulp", "armoede"],
            "Na doorverwijzing door het Sociaal Huis of het CAW.", "Gratis."),
        new("kruidenier", "09.02.02", 80, (r, m) => $"Sociale kruidenier {Noun(r)}", HoursStyle.Office, AreaStyle.Municipality,
            "Winkel met voeding en verzorgingsproducten tegen lage prijzen voor mensen met een beperkt budget.", "Verkoop, ontmoeting.",
            ["mensen-in-armoede"], ["voedselhulp", "armoede"], "Met een klantenkaart via de sociale dienst.", "Verminderde prijzen."),
    ];

    /// <summary>One Sociaal Huis (OCMW) per municipality: not scaled, every municipality has exactly one.</summary>
    public static readonly Profile SociaalHuis = new("sociaalhuis", "01.02.01", 304, (r, m) => $"Sociaal Huis {m}", HoursStyle.OfficeWithTelephone,
        AreaStyle.Municipality, "Het Sociaal Huis (OCMW) helpt inwoners met vragen over inkomen, huisvesting, zorg en welzijn.",
        "Leefloon, budgetbegeleiding, sociale tarieven, thuiszorg.", ["iedereen", "mensen-in-armoede"], ["OCMW", "leefloon", "schulden", "budgetbeheer"],
        "Vrij binnenlopen tijdens de openingsuren of een afspraak maken.", "Gratis.", null, ["Maatschappelijk werker", "Diensthoofd sociale dienst"]);

    /// <summary>
    /// The kind of service a rubriek's name says, for a name: its first word ("Thuisverpleging"), or, when that word is
    /// half a pair ("Alcohol- en gokverslaving"), the pair; never the cut-off "Dienst Alcohol- Gent".
    /// </summary>
    public static string Kind(string rubriekName)
    {
        var words = rubriekName.Split(' ', '(', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length >= 3 && words[0].EndsWith('-') ? string.Join(' ', words[..3]) : words[0].TrimEnd('-', ',');
    }

    /// <summary>The long tail: every other rubriek gets organisations described from its own name.</summary>
    public static Profile Generic(string rubriekCode, string rubriekName) => new("generic:" + rubriekCode, rubriekCode, 0,
        (r, m) => r.Next(3) switch { 0 => $"Vzw {Pick(r, DutchWords.NameNouns)}", 1 => $"Centrum {Pick(r, DutchWords.NameNouns)} {m}", _ => $"Dienst {Kind(rubriekName)} {m}" },
        HoursStyle.Office, AreaStyle.Municipality, $"{rubriekName}: informatie, advies en begeleiding.", "Onthaal, begeleiding en doorverwijzing.",
        ["iedereen"], [], Office);
}
