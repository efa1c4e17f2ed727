using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace SocialeKaart.Modules.Accounts;

public sealed record SignInRequest(string? Email, string? Password);

public sealed record VerifyRequest(string? Token);

public sealed record ForgotPassword(string? Email);

public sealed record ResetPassword(string? Token, string? Password);

public sealed record DeleteAccount(string? Password);

/// <summary>The account API: the same operations as the /account pages, for scripts and tests. Sign-in sets the cookie.</summary>
public static class AccountEndpoints
{
    [WolverinePost("/api/account/register", Name = "Register")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.AccountMail)]
    public static async Task<IResult> Register(RegistrationForm form, IAccounts accounts, HttpRequest request, IConfiguration configuration, CancellationToken ct)
    {
        var outcome = await accounts.RegisterAsync(form, PublicSiteUrl.Of(request, configuration), ct);
        return outcome.Accepted
            ? Results.Accepted(value: new { message = "Kijk in je mailbox om je e-mailadres te bevestigen." })
            : Results.Problem(InputErrors.From(outcome.Errors).ToProblem());
    }

    [WolverinePost("/api/account/verify", Name = "VerifyEmail")]
    [AllowAnonymous]
    public static async Task<IResult> Verify(VerifyRequest body, IAccounts accounts, CancellationToken ct) =>
        await accounts.VerifyEmailAsync(body.Token, ct) is { } account
            ? Results.Ok(account)
            : Results.Problem(new InputErrors().Add("token", "Deze bevestigingslink is ongeldig of verlopen.").ToProblem());

    [WolverinePost("/api/account/sign-in", Name = "SignIn")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.SignIn)]
    public static async Task<IResult> SignIn(SignInRequest body, IAccounts accounts, HttpContext context, CancellationToken ct)
    {
        var (result, account) = await accounts.CheckPasswordAsync(body.Email, body.Password, ct);
        if (result == SignInCheck.EmailNotVerified)
            return Results.Problem(Problems.Unauthorized("Bevestig eerst je e-mailadres met de link in de mail die we je stuurden."));
        if (result == SignInCheck.LockedOut)
            return Results.Problem(Problems.Unauthorized(LockedOutMessage));
        if (account is null) return Results.Problem(Problems.Unauthorized("Dit e-mailadres en wachtwoord horen niet bij elkaar."));
        await context.SignInAsync(AccountPrincipal.Scheme, AccountPrincipal.Create(account));
        return Results.Ok(account);
    }

    public const string LockedOutMessage = "Te veel mislukte pogingen: aanmelden kan opnieuw over een kwartier. Of kies een nieuw wachtwoord via \"wachtwoord vergeten\".";

    [WolverinePost("/api/account/forgot-password", Name = "ForgotPassword")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.AccountMail)]
    public static async Task<IResult> Forgot(ForgotPassword body, IAccounts accounts, HttpRequest request, IConfiguration configuration, CancellationToken ct)
    {
        await accounts.RequestPasswordResetAsync(body.Email, PublicSiteUrl.Of(request, configuration), ct);
        // The same answer whether or not the address has an account.
        return Results.Accepted(value: new { message = "Als dit adres een account heeft, kreeg het een mail met een link." });
    }

    [WolverinePost("/api/account/reset-password", Name = "ResetPassword")]
    [AllowAnonymous]
    public static async Task<IResult> Reset(ResetPassword body, IAccounts accounts, CancellationToken ct)
    {
        var outcome = await accounts.ResetPasswordAsync(body.Token, body.Password, ct);
        return outcome.Done ? Results.NoContent() : Results.Problem(InputErrors.From(outcome.Errors).ToProblem());
    }

    [WolverinePost("/api/account/delete", Name = "DeleteAccount")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Delete(DeleteAccount body, IAccounts accounts, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        if (user.AccountId() is not { } id || !await accounts.DeleteAsync(id, body.Password, ct))
            return Results.Problem(new InputErrors().Add("password", "Dit wachtwoord klopt niet.").ToProblem());
        await context.SignOutAsync(AccountPrincipal.Scheme);
        return Results.NoContent();
    }

    [WolverinePost("/api/account/sign-out", Name = "SignOut")]
    [AllowAnonymous]
    public static async Task<IResult> SignOut(HttpContext context)
    {
        await context.SignOutAsync(AccountPrincipal.Scheme);
        return Results.NoContent();
    }

    [WolverineGet("/api/account/me", Name = "Me")]
    [Authorize]
    public static async Task<IResult> Me(ClaimsPrincipal user, IAccounts accounts, CancellationToken ct) =>
        user.AccountId() is { } id && await accounts.FindAsync(id, ct) is { } account
            ? Results.Ok(account)
            : Results.Problem(Problems.NotFound("Je bent aangemeld met een sleutel, niet met een account."));
}
