namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>One rubriek of the tree (the site's table of contents), kept inline from its stream.</summary>
public sealed class Rubriek
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ParentCode { get; set; }
    public bool Retired { get; set; }
    public string? RetiredReason { get; set; }

    public static Rubriek Create(RubriekCreated e) => new() { Id = e.RubriekId, Code = e.Code, Name = e.Name, ParentCode = e.ParentCode };

    public void Apply(RubriekRenamed e) => Name = e.Name;

    public void Apply(RubriekMoved e) => ParentCode = e.ParentCode;

    public void Apply(RubriekRetired e) => (Retired, RetiredReason) = (true, e.Reason);
}

/// <summary>A preferred term of the thesaurus with the synonyms and acronyms that lead to it.</summary>
public sealed class Trefwoord
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Term { get; set; } = "";
    public List<string> Synonyms { get; set; } = [];
    public List<string> Acronyms { get; set; } = [];
    public bool Retired { get; set; }

    public static Trefwoord Create(TrefwoordCreated e) =>
        new() { Id = e.TrefwoordId, Term = e.Term, Synonyms = [.. e.Synonyms], Acronyms = [.. e.Acronyms] };

    public void Apply(TrefwoordChanged e) => (Term, Synonyms, Acronyms) = (e.Term, [.. e.Synonyms], [.. e.Acronyms]);

    public void Apply(TrefwoordRetired _) => Retired = true;

    /// <summary>Every form that leads to this term, for matching what people type.</summary>
    public IEnumerable<string> AllForms() => Synonyms.Concat(Acronyms).Prepend(Term);
}
