namespace SocialeKaart.Modules.Contracts.Security;

/// <summary>
/// Each module that keeps personal data about people who are not staff (senders, claimants, account holders) erases
/// it on request: masked in its events (so the streams stay whole and replayable) and in the documents folded from them.
/// </summary>
public interface IPersonalDataErasure
{
    /// <returns>How many streams held data of this person.</returns>
    Task<int> EraseAsync(string email, CancellationToken ct);
}
