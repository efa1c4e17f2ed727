using SocialeKaart.Host.Security;
using SocialeKaart.Modules.Contracts.Security;

namespace SocialeKaart.Host.Setup;

public static class AccessControlSetup
{
    public static void AddAccessControl(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<ApiKeyOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName,
                options => builder.Configuration.GetSection("Security:ApiKeys").Bind(options.Keys));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.BackOffice, p => p.RequireRole(Roles.Coordinator, Roles.Administrator))
            .AddPolicy(AccessPolicies.Administration, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(AccessPolicies.Audit, p => p.RequireRole(Roles.Coordinator, Roles.Administrator, Roles.Auditor))
            // An endpoint that forgot to say who may call it is closed, not open.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser().Build());
    }
}
