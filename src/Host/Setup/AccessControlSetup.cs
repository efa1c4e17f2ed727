using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SocialeKaart.Host.Security;
using SocialeKaart.Modules.Contracts.Accounts;
using SocialeKaart.Modules.Contracts.Security;

namespace SocialeKaart.Host.Setup;

/// <summary>
/// Who is calling: people sign in with a cookie (the /account pages or /api/account/sign-in); integrations send an
/// X-Api-Key. A policy scheme picks one per request. Authorisation policies are defined here, in one place (ADR 18).
/// </summary>
public static class AccessControlSetup
{
    private const string PerRequest = "cookie-or-key";

    public static void AddAccessControl(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(PerRequest)
            .AddPolicyScheme(PerRequest, "Cookie or API key", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header) ? ApiKeyAuthenticationHandler.SchemeName : AccountPrincipal.Scheme)
            .AddScheme<ApiKeyOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName,
                options => builder.Configuration.GetSection("Security:ApiKeys").Bind(options.Keys))
            .AddCookie(AccountPrincipal.Scheme, options =>
            {
                options.Cookie.Name = "socialekaart.account";
                options.Cookie.HttpOnly = true;
                // Lax: a link from an e-mail arrives signed in; a form or script on another site never carries the cookie along.
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Production sits behind TLS (often terminated by a proxy, so the request may look like http here): always Secure.
                // Development and the tests run on plain http on loopback.
                options.Cookie.SecurePolicy = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/account/aanmelden";
                options.AccessDeniedPath = "/account/geen-toegang";
                options.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = RefreshFromAccount;
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.BackOffice, p => p.RequireRole(Roles.Coordinator, Roles.Administrator))
            .AddPolicy(AccessPolicies.Administration, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(AccessPolicies.Audit, p => p.RequireRole(Roles.Coordinator, Roles.Administrator, Roles.Auditor))
            .AddPolicy(AccessPolicies.Professional, p => p.RequireRole(Roles.Professional))
            // An endpoint that forgot to say who may call it is closed, not open.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser().Build());
    }

    // The API answers with a status code; pages send people to the sign-in page.
    private static Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    // Roles are read from the account on every request, so a revoked role or a removed account takes effect at once.
    private static async Task RefreshFromAccount(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<IAccounts>();
        var account = context.Principal?.AccountId() is { } id ? await accounts.FindAsync(id, context.HttpContext.RequestAborted) : null;
        if (account is null || !account.EmailVerified)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AccountPrincipal.Scheme);
            return;
        }
        context.ReplacePrincipal(AccountPrincipal.Create(account));
    }
}
