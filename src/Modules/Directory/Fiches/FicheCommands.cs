using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>What every command on an existing fiche carries: the version the client read and why it changes it.</summary>
public interface IFicheCommand
{
    long? ExpectedVersion { get; }
    string? Reason { get; }
}

public sealed record FicheVersion(Guid Id, long Version);

/// <summary>The steps every fiche command shares: the common checks before, and the outcome after the decision.</summary>
public static class FicheCommands
{
    /// <summary>The fiche exists, the section is valid, the reason fits, and the version read is still current.</summary>
    public static ProblemDetails Check(IFicheCommand command, Fiche? fiche, Action<InputErrors> checkSection)
    {
        if (fiche is null) return Problems.NotFound("Er bestaat geen fiche met dit id.");
        var errors = new InputErrors().CheckReason(command.Reason)
            .RequireVersion(command.ExpectedVersion);
        checkSection(errors);
        if (errors.Any) return errors.ToProblem();
        return command.ExpectedVersion != fiche.Version
            ? Problems.StaleVersion(command.ExpectedVersion!.Value, fiche.Version)
            : WolverineContinue.NoProblems;
    }

    /// <summary>
    /// Appends the event unless it changes nothing (then the answer is the current version and no event is written),
    /// and tells other modules about the new state of the fiche.
    /// </summary>
    public static (FicheVersion, Events, OutgoingMessages) Outcome(Fiche fiche, IFicheEvent change)
    {
        var after = FicheEvolution.Apply(FicheFields.Clone(fiche), change);
        if (FicheFields.Diff(FicheFields.Flatten(fiche), FicheFields.Flatten(after)).Count == 0)
            return (new FicheVersion(fiche.Id, fiche.Version), [], []);
        var version = fiche.Version + 1;
        return (new FicheVersion(fiche.Id, version), [change], [after.ToFicheChanged(version, change.At)]);
    }
}
