namespace SocialeKaart.Modules.Contracts.Directory;

/// <summary>Fixed vocabularies of the fiche: target group tags and languages (ISO 639-1), with their Dutch labels.</summary>
public static class Vocabularies
{
    public static readonly IReadOnlyDictionary<string, string> TargetGroups = new Dictionary<string, string>
    {
        ["baby-peuter"] = "Baby's en peuters",
        ["kinderen"] = "Kinderen",
        ["jongeren"] = "Jongeren",
        ["jongvolwassenen"] = "Jongvolwassenen",
        ["volwassenen"] = "Volwassenen",
        ["ouderen"] = "Ouderen",
        ["gezinnen"] = "Gezinnen",
        ["ouders"] = "Ouders",
        ["zwangeren"] = "Zwangere vrouwen",
        ["mantelzorgers"] = "Mantelzorgers",
        ["personen-met-een-beperking"] = "Personen met een beperking",
        ["personen-met-psychische-problemen"] = "Personen met psychische problemen",
        ["personen-met-dementie"] = "Personen met dementie",
        ["chronisch-zieken"] = "Chronisch zieken",
        ["nieuwkomers"] = "Nieuwkomers",
        ["etnisch-culturele-minderheden"] = "Etnisch-culturele minderheden",
        ["vluchtelingen"] = "Vluchtelingen en verzoekers om internationale bescherming",
        ["dak-en-thuislozen"] = "Dak- en thuislozen",
        ["mensen-in-armoede"] = "Mensen in armoede",
        ["werkzoekenden"] = "Werkzoekenden",
        ["gedetineerden"] = "Gedetineerden en ex-gedetineerden",
        ["slachtoffers"] = "Slachtoffers",
        ["druggebruikers"] = "Druggebruikers",
        ["holebi-transgender"] = "Holebi's en transgender personen",
        ["professionals"] = "Hulpverleners en professionals",
        ["iedereen"] = "Iedereen",
    };

    public static readonly IReadOnlyDictionary<string, string> Languages = new Dictionary<string, string>
    {
        ["nl"] = "Nederlands", ["fr"] = "Frans", ["de"] = "Duits", ["en"] = "Engels", ["ar"] = "Arabisch",
        ["tr"] = "Turks", ["es"] = "Spaans", ["it"] = "Italiaans", ["pl"] = "Pools", ["ro"] = "Roemeens",
        ["ru"] = "Russisch", ["uk"] = "Oekraïens", ["bg"] = "Bulgaars", ["pt"] = "Portugees", ["fa"] = "Perzisch",
        ["ps"] = "Pasjtoe", ["so"] = "Somalisch", ["ti"] = "Tigrinya", ["am"] = "Amhaars", ["ber"] = "Berbers",
        ["zh"] = "Chinees", ["vgt"] = "Vlaamse Gebarentaal", ["sq"] = "Albanees", ["ku"] = "Koerdisch", ["hi"] = "Hindi", ["sgn"] = "Gebarentaal",
    };
}
