using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Site.Texts;

/// <summary>Every sentence the site shows that is not data, in one place (nl-BE).</summary>
public static class SiteTexts
{
    public const string SiteName = "Sociale Kaart";
    public const string Tagline = "Hulp en zorg in Vlaanderen en Brussel";
    public const string SkipLink = "Ga naar de inhoud";
    public const string ClaimFiche = "Werk je hier? Beheer deze fiche";
    public const string WhoWhat = "Wie of wat zoek je?";
    public const string WhoWhatHint = "Bijvoorbeeld: kinderopvang, huisarts, drugs, CAW, OCMW";
    public const string Where = "Waar?";
    public const string WhereHint = "Gemeente, deelgemeente, postcode of provincie";
    public const string Search = "Zoeken";
    public const string HomeIntro = "Vind organisaties en diensten die je verder helpen: welzijn, gezondheid, opvang, wonen, werk en meer.";
    public const string Themes = "Thema's";
    public const string Results = "Zoekresultaten";
    public const string NoResults = "We vonden geen organisaties voor deze zoekopdracht.";
    public const string NoResultsTips = "Probeer een ander woord, een ruimer gebied, of haal een filter weg.";
    public static string SearchEverywhere(int total) => $"Zoek in heel Vlaanderen en Brussel ({total} {(total == 1 ? "resultaat" : "resultaten")})";
    public static string RelatedRubrieken(string? waar) =>
        string.IsNullOrEmpty(waar) ? "Misschien vind je het in een van deze rubrieken:" : $"Misschien vind je het in een van deze rubrieken in {waar}:";
    public const string FilterMunicipality = "Gevestigd in";
    public const string FilterRubriek = "Rubriek";
    public const string FilterWhen = "Wanneer";
    public const string OpenNow = "Nu open";
    public const string FilterTargetGroup = "Voor wie";
    public const string FilterLanguage = "Taal";
    public const string FilterCost = "Kostprijs";

    /// <summary>A kind of cost in words ("free" → "Gratis"); the key as the API and the index name it.</summary>
    public static string CostName(string key) => key switch
    {
        "free" => "Gratis", "contribution" => "Met een bijdrage", "incomeBased" => "Volgens inkomen", "paid" => "Betalend", _ => "Andere",
    };

    /// <summary>A language code in words ("fr" → "Frans"); a code we have no name for as it is, in capitals.</summary>
    public static string LanguageName(string code) =>
        Vocabularies.Languages.TryGetValue(code.ToLowerInvariant(), out var name) ? name : code.ToUpperInvariant();

    /// <summary>A target-group tag as a label: the vocabulary's ("vluchtelingen" → "Vluchtelingen en verzoekers …"), else the tag in words.</summary>
    public static string TargetGroupName(string tag)
    {
        if (Vocabularies.TargetGroups.TryGetValue(tag, out var label)) return label;
        var words = tag.Replace('-', ' ').Trim();
        return words.Length == 0 ? tag : char.ToUpper(words[0], System.Globalization.CultureInfo.GetCultureInfo("nl-BE")) + words[1..];
    }
    public const string Filters = "Verfijn je resultaten";
    public const string ApplyFilters = "Filters toepassen";
    public const string RemoveFilters = "Alle filters wissen";
    public const string SortBy = "Sorteer op";
    public const string Sort = "Sorteren";
    public const string Previous = "Vorige";
    public const string Next = "Volgende";
    public const string TemporarilyClosed = "Tijdelijk gesloten";
    public const string Defunct = "Deze organisatie bestaat niet meer.";
    public const string NotFoundTitle = "Pagina niet gevonden";
    public const string NotFoundText = "Deze pagina bestaat niet (meer). Misschien is de organisatie verhuisd of opgeheven.";
    public const string FicheNotFoundText = "We vinden geen organisatie met dit adres. Ze is misschien opgeheven, of de link is onvolledig.";
    public const string BackToSearch = "Zoek opnieuw";
    public const string InvalidSearch = "Deze zoekopdracht kunnen we niet uitvoeren:";
    public const string About = "Over de Sociale Kaart";
    public const string BrowseRubrieken = "Zoeken per rubriek";
    public const string AdvancedSearch = "Uitgebreid zoeken";
    public const string AdvancedFree = "Vrij zoeken";
    public const string AdvancedWhere = "Waar";
    public const string AdvancedRubrieken = "Rubrieken";
    public const string AdvancedTrefwoorden = "Trefwoorden";
    public const string FilterRubrieken = "Zoek een rubriek";
    public const string Filter = "Toon";
    public static string AllOf(string name) => $"Alles in {name}";
    public static string NoRubriekNamed(string words) => $"Geen rubriek heet zo ('{words}').";
    public static string SearchForWords(string words) => $"Zoek organisaties met '{words}'";
    public const string BrowseRubriekenIntro = "Alle soorten hulp en zorg op de Sociale Kaart. Kies een rubriek om de organisaties te zien.";
    public const string Contact = "Contact";
    public const string Footer = "De Sociale Kaart verwijst door: ze toont wie je kan helpen, ze lost het probleem niet zelf op.";

    /// <summary>Language names for the codes fiches use (ISO 639-1); an unknown code is shown as it is.</summary>
    public static string Language(string code) => code switch
    {
        "nl" => "Nederlands", "fr" => "Frans", "de" => "Duits", "en" => "Engels", "ar" => "Arabisch", "tr" => "Turks",
        "es" => "Spaans", "it" => "Italiaans", "pl" => "Pools", "ro" => "Roemeens", "ru" => "Russisch", "uk" => "Oekraïens",
        "fa" => "Perzisch", "ps" => "Pasjtoe", "so" => "Somalisch", "ti" => "Tigrinya", "vgt" => "Vlaamse Gebarentaal",
        _ => code,
    };

    public const string ShowMap = "Toon de resultaten op een kaart";
    public const string HideMap = "Verberg de kaart";
    public const string MapLabel = "Kaart met alle resultaten";
    public const string MapNeedsScript = "De kaart heeft JavaScript nodig; de lijst hieronder toont dezelfde resultaten.";
    public const string SuggestChange = "Wijzigingen voorstellen";
    public const string SuggestIntro = "Klopt er iets niet op deze fiche? Laat het ons weten. De redactie kijkt elk voorstel na voor de fiche verandert.";
    public const string SuggestWhat = "Wat klopt er niet?";
    public const string SuggestMessage = "Wat moet er anders?";
    public const string SuggestMessageHint = "Bijvoorbeeld het juiste adres of telefoonnummer. Maximaal 2000 tekens.";
    public const string SuggestName = "Je naam";
    public const string SuggestEmail = "Je e-mailadres";
    public const string SuggestPhone = "Of je telefoonnummer";
    public const string SuggestContactHint = "We gebruiken je gegevens enkel om je vragen te stellen over dit voorstel en je te laten weten wat we ermee deden.";
    public const string SuggestSend = "Voorstel versturen";
    public const string SuggestThanks = "Bedankt! De redactie bekijkt je voorstel. Je hoort van ons wat we ermee doen.";
    public const string SuggestErrors = "Je voorstel is nog niet verstuurd. Kijk deze velden na:";
    public const string AccountNotMade = "Je account is nog niet gemaakt. Kijk deze velden na:";
    public const string PasswordNotChanged = "Je wachtwoord is nog niet gewijzigd. Kijk dit na:";
    public const string SuggestTooMany = "Je hebt net veel voorstellen verstuurd. Probeer het over tien minuten opnieuw.";
    public const string BackToFiche = "Terug naar de fiche";

    public static string Topic(Contracts.Review.SuggestionTopic topic) => topic switch
    {
        Contracts.Review.SuggestionTopic.Address => "Adres",
        Contracts.Review.SuggestionTopic.Phone => "Telefoonnummer",
        Contracts.Review.SuggestionTopic.Email => "E-mailadres",
        Contracts.Review.SuggestionTopic.Website => "Website",
        Contracts.Review.SuggestionTopic.OpeningHours => "Openingsuren",
        Contracts.Review.SuggestionTopic.Closed => "De organisatie is gesloten of bestaat niet meer",
        _ => "Iets anders",
    };

    public static string ResultCount(int total) => total switch
    {
        0 => "Geen resultaten",
        1 => "1 resultaat",
        _ => $"{total:N0} resultaten".Replace(',', '.'),
    };

    public static string PageOf(int page, int pages) => $"Pagina {page} van {pages}";

    public static readonly IReadOnlyList<(string Value, string Label)> SortOptions =
    [
        ("relevantie", "Relevantie"), ("afstand", "Afstand"), ("naam", "Naam"), ("postcode", "Postcode"), ("gemeente", "Gemeente"),
    ];

    public const string SkipToResults = "Naar de resultaten";
    public const string SearchAgain = "Zoek opnieuw";
    public const string ActiveFilters = "Actieve filters";
    public const string RemoveFilter = "filter wissen";
    public const string ToFilters = "Verfijn";
    public const string FiltersApplyAtOnce = "De resultaten passen zich meteen aan wanneer je een filter of sortering kiest.";

    /// <summary>Headings and labels of the organisation page.</summary>
    public static class Fiche
    {
        public const string PartOf = "Onderdeel van";
        public const string Operation = "Werking";
        public const string Tasks = "Wat doen ze concreet?";
        public const string ForWhom = "Voor wie?";
        public const string Practical = "Praktisch";
        public const string Registration = "Aanmelden";
        public const string Cost = "Kostprijs";
        public const string Languages = "Talen";
        public const string Activities = "Activiteiten";
        public const string Persons = "Contactpersonen";
        public const string CareProviders = "Zorgverleners";
        public const string Recognitions = "Erkenningen";
        public const string Children = "Afdelingen en diensten";
        public const string Contact = "Contact";
        public const string Website = "Website";
        public const string ByAppointmentOnly = "Enkel op afspraak.";
        public const string WorkingArea = "Werkingsgebied";
        public const string Rubrieken = "Rubrieken";
        public const string Trefwoorden = "Trefwoorden";
        public const string Call = "Bel";
        public const string Route = "Route";
        public const string Email = "E-mail";
        public const string ShowMap = "Toon op de kaart";
        public const string QuickContact = "Snel contact";
        public const string Favourite = "Bewaar als favoriet";
        public const string Unfavourite = "Favoriet (verwijderen)";
        public const string PersonalNote = "Persoonlijke commentaar";
        public const string PersonalNoteHint = "Alleen voor jou zichtbaar, versleuteld bewaard.";
        public const string SaveNote = "Commentaar bewaren";
    }

    /// <summary>Labels of the advanced search form.</summary>
    public static class Advanced
    {
        public const string Criteria = "Zoekcriteria";
        public const string ChangeCriteria = "Zoekcriteria aanpassen";
        public const string YouSearched = "Je zocht op:";
        public const string Organisation = "Organisatie";
        public const string Person = "Persoon";
        public const string Activity = "Activiteit";
        public const string OnlyParents = "Enkel hoofdorganisaties";
        public const string Term = "Zoekterm";
        public const string TermWithin = "Zoekterm komt voor in";
        public const string Province = "Provincie of gewest";
        public const string AllProvinces = "Heel Vlaanderen en Brussel";
        public const string Region = "Regio";
        public const string NoRegion = "Geen regio";
        public const string Municipalities = "Gemeenten of deelgemeenten";
        public const string MunicipalitiesHint = "Gescheiden door komma's, bijvoorbeeld: Gentbrugge, Merelbeke";
        public const string Street = "Straat";
        public const string Trefwoorden = "Trefwoorden";
        public const string TrefwoordenHint = "Gescheiden door komma's, bijvoorbeeld: drugs, alcohol";
        public const string AllTrefwoorden = "Alle trefwoorden (EN)";
        public const string AnyTrefwoord = "Minstens één trefwoord (OF)";
    }

    /// <summary>What a page says when its address asks for something it cannot do.</summary>
    public static class Problems
    {
        public const string UnknownSort = "Kies een sortering uit de lijst.";
        public const string DistanceNeedsPlace = "Sorteren op afstand kan alleen als je bij 'Waar?' een plaats invult.";
        public const string UnknownTermField = "Kies waar de zoekterm moet voorkomen uit de lijst.";
        public const string UnknownTrefwoordMode = "Kies of alle trefwoorden moeten voorkomen, of minstens één.";
        public const string UnknownProvince = "Kies een provincie of Brussel uit de lijst.";
        public const string UnknownRegion = "Kies een regio uit de lijst.";

        public static string PageOutOfRange(int max) => $"Kies een pagina van 1 tot {max}.";

        public static string UnknownPlace(string name) => $"'{name}' is geen gemeente of deelgemeente die we kennen.";
    }

    public static string ScheduleTitle(ScheduleKind kind) => kind.Title();

    public static string AreaKindLabel(AreaKind kind) => kind switch
    {
        AreaKind.VisitsAtHomeIn => "Komt aan huis in",
        AreaKind.AlsoServesPeopleFrom => "Helpt ook mensen uit",
        _ => "Gevestigd in",
    };
}
