namespace SocialeKaart.Modules.Accounts;

/// <summary>
/// Failed sign-ins of one account: after <see cref="MaxFailures"/> within <see cref="Window"/> the account is locked for
/// <see cref="Lockout"/>. Operational state, not history: a plain document, not events (a flood of wrong passwords
/// must not grow the account's stream). A successful sign-in or a password reset clears it.
/// </summary>
public sealed class SignInThrottle
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    public Guid Id { get; set; }
    public int Failures { get; set; }
    public DateTimeOffset FirstFailureAt { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public void Fail(DateTimeOffset now)
    {
        if (Failures == 0 || now - FirstFailureAt > Window) (Failures, FirstFailureAt) = (0, now);
        Failures++;
        if (Failures >= MaxFailures) (LockedUntil, Failures) = (now + Lockout, 0);
    }
}
