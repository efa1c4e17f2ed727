using SocialeKaart.Modules.Directory.Fiches;

namespace SocialeKaart.Modules.Directory.Demo;

/// <summary>
/// A few invented organisations so a newcomer sees a working site. Names, streets and numbers are
/// made up on purpose: demo data must never be mistaken for a real service's contact details.
/// </summary>
public static class DemoFiches
{
    public static readonly IReadOnlyList<RegisterOrganisation> All =
    [
        new("Kinderopvang De Speelboom", new("Brusselsesteenweg", "12", null, "9050", "Gent"), "09 000 12 34"),
        new("Ontmoetingshuis Het Anker", new("Kerkstraat", "5", "B", "2000", "Antwerpen"), "03 000 56 78"),
        new("Drugpunt Leuven", new("Tiensestraat", "101", null, "3000", "Leuven"), "016 00 11 22"),
        new("Thuiszorgdienst Zorgzaam", new("Markt", "3", null, "8500", "Kortrijk"), "056 00 33 44"),
        new("Sociaal Huis Hasselt", new("Groenplein", "1", null, "3500", "Hasselt"), "011 00 55 66"),
        new("Jongerenpunt Oostende", new("Kapellestraat", "44", null, "8400", "Oostende"), "059 00 77 88"),
    ];
}
