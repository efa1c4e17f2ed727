namespace SocialeKaart.Modules.Contracts.Security;

/// <summary>
/// Each module that keeps personal data about people who are not staff (senders, claimants, account holders) erases
/// it on request: masked in its events (so the streams stay whole and replayable) and in the documents folded from them.
/// </summary>
public interface IPersonalDataErasure
{
    /// <returns>How many streams or documents held data of this person.</returns>
    Task<int> EraseAsync(PersonalDataSubject person, CancellationToken ct);
}

/// <summary>Whose data: the e-mail address they used, and their account when they have one.</summary>
public sealed record PersonalDataSubject(string Email, Guid? AccountId);
