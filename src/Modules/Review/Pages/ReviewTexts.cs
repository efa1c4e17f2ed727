namespace SocialeKaart.Modules.Review.Pages;

/// <summary>The Dutch words the review pages show for kinds, statuses and provinces, in one place.</summary>
public static class ReviewTexts
{
    public static string Kind(ReviewKind kind) => kind switch
    {
        ReviewKind.Claim => "Beheeraanvraag",
        ReviewKind.ChangeRequest => "Wijzigingsaanvraag",
        ReviewKind.Suggestion => "Voorstel van een bezoeker",
        _ => "Nieuwe organisatie",
    };

    public static string Status(ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => "Ontwerp (nog niet verstuurd)",
        ReviewStatus.Open => "Wacht op beslissing",
        ReviewStatus.Approved => "Goedgekeurd",
        ReviewStatus.PartiallyApproved => "Gedeeltelijk goedgekeurd",
        ReviewStatus.Rejected => "Afgewezen",
        ReviewStatus.Withdrawn => "Ingetrokken",
        ReviewStatus.Converted => "Verwerkt in een wijziging",
        ReviewStatus.Dismissed => "Niet weerhouden",
        _ => "Beheer ingetrokken",
    };

    public static string Waiting(TimeSpan waited) => waited.TotalDays >= 1
        ? $"{(int)waited.TotalDays} {((int)waited.TotalDays == 1 ? "dag" : "dagen")}"
        : waited.TotalHours >= 1 ? $"{(int)waited.TotalHours} uur" : "minder dan een uur";

    /// <summary>A field path in words a coordinator reads ("contact.phones" → "Contact › telefoonnummers").</summary>
    public static string Field(string path) => string.Join(" › ", path.Split('.').Select((part, i) => i == 0 ? Section(part) : Part(part)));

    /// <summary>A moment as people in Belgium read it, whatever the server's own time zone.</summary>
    public static string Moment(DateTimeOffset at) => BelgianTime.Moment(at);

    private static string Part(string name) => name switch
    {
        "name" => "naam", "shortName" => "korte naam", "otherNames" => "andere namen", "legalForm" => "rechtsvorm", "enterpriseNumber" => "ondernemingsnummer",
        "phones" => "telefoonnummers", "emails" => "e-mailadressen", "website" => "website", "links" => "links",
        "generalOperation" => "werking", "tasks" => "opdrachten", "targetGroup" => "doelgroep", "tags" => "kenmerken", "description" => "omschrijving",
        "registration" => "aanmelden", "cost" => "kostprijs", "languages" => "talen", "disciplines" => "disciplines", "areas" => "gebieden",
        _ => name,
    };

    private static string Section(string name) => name switch
    {
        "identity" => "Identiteit", "locations" => "Vestigingen", "contact" => "Contact", "content" => "Inhoud", "schedules" => "Openingsuren",
        "recognitions" => "Erkenningen", "administrativeInfo" => "Administratieve info", "persons" => "Personen", "workingArea" => "Werkgebied",
        "healthPractice" => "Praktijk", "activities" => "Activiteiten", "rubrieken" => "Rubrieken",
        "trefwoorden" => "Trefwoorden", _ => name,
    };
}
