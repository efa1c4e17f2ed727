using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Contracts.Directory;

/// <summary>A proposed fiche, checked section by section with the Directory's own rules; cleaned up (addresses resolved) when valid.</summary>
public sealed record RevisionCheck(Fiche? Proposed, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// The sections of a fiche an owner may change in a draft (hierarchy and status are the editors'); rubrieken and
/// trefwoorden are proposals the coordinator takes over or not.
/// </summary>
public static class RevisableSections
{
    public static readonly IReadOnlyList<string> All =
        ["identity", "locations", "contact", "content", "schedules", "recognitions", "administrativeInfo", "persons", "activities", "workingArea",
            "healthPractice", "rubrieken", "trefwoorden"];
}

/// <summary>Asked by Review while an owner edits a draft and before a coordinator approves it.</summary>
public interface IFicheRevisions
{
    Task<RevisionCheck> CheckAsync(Fiche current, Fiche proposed, CancellationToken ct);
}

/// <summary>
/// What a coordinator approved, for the Directory to stage (<see cref="IFicheRevisionStage"/>): the fiche's new events carry
/// the review's id as causation id, and the fiche is marked verified by the reviewer.
/// </summary>
public sealed record ApplyRevision(Guid FicheId, Guid ReviewId, long ExpectedVersion, Fiche Proposed, Actor ApprovedBy, string Reason);

/// <summary>
/// The Directory's side of a review decision, in the caller's unit of work: the fiche's events and its FicheChanged
/// message are staged in the request's Marten session and outbox, and commit with the review's own events when the
/// caller saves, in one transaction (ADR 26). When the caller does not save, nothing of it is written.
/// </summary>
public interface IFicheRevisionStage
{
    Task<RevisionApplied> StageAsync(ApplyRevision command, CancellationToken ct);

    Task<ProposedOrganisationRegistered> StageAsync(RegisterProposedOrganisation command, CancellationToken ct);
}

/// <param name="Problem">Why nothing was applied (the fiche changed meanwhile, or a section is no longer valid); null when applied.</param>
public sealed record RevisionApplied(Guid FicheId, long Version, string? Problem, IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>What Review asks the Directory to stage for an approved new-organisation proposal: its fiche.</summary>
public sealed record RegisterProposedOrganisation(
    Guid FicheId, Guid ReviewId, string Name, string Street, string Number, string? Box, string Postcode, string Municipality,
    string Phone, string? Email, string? Website, string? Description, Actor ApprovedBy,
    string? Rubriek = null, IReadOnlyList<string>? TargetGroups = null);

public sealed record ProposedOrganisationRegistered(Guid FicheId, string? Problem, IReadOnlyDictionary<string, string[]>? Errors = null);
