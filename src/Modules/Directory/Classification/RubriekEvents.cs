namespace SocialeKaart.Modules.Directory.Classification;

// The rubriek tree is maintained by coordinators; each rubriek is its own stream. Codes are identifiers:
// a moved rubriek keeps its code (fiches refer to it), only its place in the tree changes.

public sealed record RubriekCreated(Guid RubriekId, string Code, string Name, string? ParentCode, Actor By, DateTimeOffset At);

public sealed record RubriekRenamed(Guid RubriekId, string Name, string? Reason, Actor By, DateTimeOffset At);

public sealed record RubriekMoved(Guid RubriekId, string? ParentCode, string? Reason, Actor By, DateTimeOffset At);

public sealed record RubriekRetired(Guid RubriekId, string Reason, Actor By, DateTimeOffset At);

public sealed record TrefwoordCreated(Guid TrefwoordId, string Term, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Acronyms, Actor By, DateTimeOffset At);

public sealed record TrefwoordChanged(Guid TrefwoordId, string Term, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Acronyms, string? Reason, Actor By, DateTimeOffset At);

public sealed record TrefwoordRetired(Guid TrefwoordId, string Reason, Actor By, DateTimeOffset At);
