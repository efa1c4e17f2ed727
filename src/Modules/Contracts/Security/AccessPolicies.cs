using System.Security.Claims;

namespace SocialeKaart.Modules.Contracts.Security;

/// <summary>
/// Names of the authorisation policies every module puts on its endpoints. The host defines what each
/// policy requires, so the rules live in one place and a module only says which one applies.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Coordinators and administrators: create and edit fiches directly.</summary>
    public const string BackOffice = "back-office";

    /// <summary>Administrators only: irreversible operations such as erasing personal data.</summary>
    public const string Administration = "administration";

    /// <summary>Back office plus auditors: read the full history of every decision.</summary>
    public const string Audit = "audit";

    /// <summary>Any signed-in person whose e-mail address is verified: claims, owner changes, proposals.</summary>
    public const string Professional = "professional";
}

public static class Roles
{
    public const string Coordinator = "coordinator";
    public const string Administrator = "administrator";
    public const string Auditor = "auditor";

    /// <summary>Every account with a verified e-mail address (not a staff role: it is never granted).</summary>
    public const string Professional = "professional";

    /// <summary>The roles an administrator may grant to an account.</summary>
    public static readonly IReadOnlySet<string> Staff = new HashSet<string> { Coordinator, Administrator, Auditor };
}

public static class ActorClaims
{
    /// <summary>The actor behind an authenticated request; anonymous requests never reach endpoints that call this.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? throw new InvalidOperationException("Authenticated user without an id."),
        user.FindFirst(ClaimTypes.Name)?.Value ?? "onbekend");
}

/// <summary>Names of the rate-limiting policies the host defines (per client address, on posts only).</summary>
public static class RateLimits
{
    /// <summary>Requests that send a mail to an address someone typed (registration, password reset): against mail bombing.</summary>
    public const string AccountMail = "account-mail";

    /// <summary>Sign-in attempts from one address, across accounts: against password spraying (lockout guards each account).</summary>
    public const string SignIn = "sign-in";
}
