namespace SocialeKaart.Modules.Directory.DataSet;

/// <summary>Word lists for invented but plausible Flemish names, streets and people.</summary>
public static class DutchWords
{
    public static readonly string[] FirstNames =
    [
        "An", "Anke", "Annelies", "Bart", "Bram", "Charlotte", "Dirk", "Elke", "Els", "Emma", "Evelien", "Fien", "Filip", "Geert",
        "Greet", "Hanne", "Hilde", "Ilse", "Jan", "Jana", "Jef", "Joke", "Joris", "Karen", "Katrien", "Kobe", "Koen", "Lien", "Lieve",
        "Lotte", "Louis", "Lucas", "Marc", "Marie", "Mieke", "Nathalie", "Nele", "Nina", "Pieter", "Rik", "Roel", "Ruth", "Sam",
        "Sarah", "Sofie", "Stijn", "Tine", "Tom", "Veerle", "Wim", "Yasmine", "Ahmed", "Fatima", "Mohamed", "Aïcha", "Elif", "Zeynep",
        "Noor", "Amélie", "Chloë", "Joëlle", "Renée", "Inès", "Mattéo", "Liesbeth", "Griet", "Ward", "Seppe", "Wout", "Febe",
    ];

    public static readonly string[] Surnames =
    [
        "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Hermans",
        "Aerts", "Pauwels", "Vermeulen", "Van den Broeck", "Van Damme", "De Vos", "Desmet", "Verhoeven", "Coppens", "Martens",
        "Van de Velde", "Lambrechts", "De Clercq", "Verstraete", "Claeys", "Vandenberghe", "De Backer", "Segers", "Smets", "Stevens",
        "Van Dyck", "Cools", "Verbeke", "D'Hondt", "Van Acker", "Bogaert", "De Wilde", "Michiels", "Van Hoof", "Leemans", "Geerts",
        "El Amrani", "Yilmaz", "Benali", "Kowalski", "Demir", "Van Loock", "Vanhaecke", "De Coninck", "Vercammen", "Van Looy",
    ];

    public static readonly string[] NameNouns =
    [
        "Zonnebloem", "Klaproos", "Linde", "Meidoorn", "Regenboog", "Vlinder", "Ark", "Brug", "Wegwijzer", "Sleutel", "Kompas",
        "Horizon", "Berkenhof", "Eikenhof", "Beukenhof", "Boomgaard", "Vijver", "Molen", "Speelboom", "Kabouterhuis", "Bolleboos",
        "Duizendpoot", "Kwetternest", "Zonnestraal", "Toverfluit", "Knuffelhuis", "Sterrenhemel", "Kleine Prins", "Heide", "Akker",
        "Lindenhof", "Wilgenhof", "Rozenhof", "Kasteelhof", "Bron", "Haven", "Vuurtoren", "Kameleon", "Mozaïek", "Ontmoeting",
        "Ankerpunt", "Draaischijf", "Kruispunt", "Oase", "Noorderlicht", "Mandel", "Schelde", "Dender", "Nete", "Demer", "Leie", "Durme",
    ];

    public static readonly string[] Saints =
    [
        "Sint-Jozef", "Heilig Hart", "Sint-Vincentius", "Sint-Elisabeth", "Onze-Lieve-Vrouw", "Sint-Anna", "Sint-Camillus",
        "Sint-Augustinus", "Maria Middelares", "Sint-Franciscus", "Sint-Jan", "Sint-Barbara", "Sint-Lucia", "Home Sint-Hendrik",
    ];

    public static readonly string[] Streets =
    [
        "Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Nieuwstraat", "Schoolstraat", "Beekstraat", "Kapelstraat",
        "Veldstraat", "Hoogstraat", "Kouter", "Markt", "Grote Markt", "Sint-Jansstraat", "Lindelaan", "Boomgaardstraat", "Kasteelstraat",
        "Heirweg", "Steenweg", "Meersstraat", "Bosstraat", "Processiestraat", "Ringlaan", "Zandstraat", "Hofstraat", "Vijverstraat",
        "Koning Albertlaan", "Leopoldlaan", "Pastorijstraat", "Kloosterstraat", "Gasthuisstraat", "Begijnhofstraat", "Populierenlaan",
        "Eikenlaan", "Brugstraat", "Kortrijksesteenweg", "Gentsesteenweg", "Antwerpsesteenweg", "Mechelsesteenweg", "Tiensesteenweg",
        "Wijngaardstraat", "Ganzendries", "Nijverheidsstraat", "Groenstraat", "Weverstraat", "Looierstraat", "Vlasmarkt", "Rozenstraat",
    ];

    /// <summary>Telephone zone by province code; Brussels (no province) is 02.</summary>
    public static string PhoneZone(string? provinceCode, Random random) => provinceCode switch
    {
        "10000" => random.Next(3) == 0 ? "014" : "03",
        "20001" => random.Next(2) == 0 ? "016" : "02",
        "30000" => random.Next(2) == 0 ? "050" : random.Next(2) == 0 ? "056" : "059",
        "40000" => random.Next(3) == 0 ? "053" : "09",
        "70000" => random.Next(2) == 0 ? "011" : "089",
        _ => "02",
    };
}
