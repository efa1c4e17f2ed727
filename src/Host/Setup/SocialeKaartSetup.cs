using SocialeKaart.Modules.Accounts;
using SocialeKaart.Modules.Directory;
using SocialeKaart.Modules.Geography;
using SocialeKaart.Modules.Mail;
using SocialeKaart.Modules.Review;
using SocialeKaart.Modules.Search;
using SocialeKaart.Modules.Site;
using SocialeKaart.Modules.Workspace;

namespace SocialeKaart.Host.Setup;

/// <summary>The composition root: every module and cross-cutting concern is wired here, in this order.</summary>
public static class SocialeKaartSetup
{
    public static WebApplicationBuilder AddSocialeKaart(this WebApplicationBuilder builder)
    {
        builder.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SocialeKaart.Host.Operations.ReplayCheck>();
        builder.AddStorage();
        builder.AddMessaging();
        builder.AddHttpApi();
        builder.AddCompression();
        builder.AddSecurityHeaders();
        builder.AddAccessControl();
        builder.AddRateLimits();
        builder.AddHealth();
        builder.Services.AddGeographyModule();
        builder.Services.AddSearchModule(builder.Configuration);
        builder.Services.AddDirectoryModule(builder.Configuration);
        builder.Services.AddAccountsModule();
        builder.Services.AddReviewModule();
        builder.Services.AddWorkspaceModule();
        builder.Services.AddMailModule(builder.Configuration);
        builder.Services.AddSiteModule();
        return builder;
    }

    public static WebApplication UseSocialeKaart(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseServerTiming();
        app.UseResponseCompression();
        app.UseHttpApiErrors();
        app.UseSiteAssets();
        app.UseRequestLogging();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        // After who is calling is known, before any endpoint runs: same-origin proof for cookie writes, then the input rule.
        app.UseMiddleware<SocialeKaart.Host.Boundary.CrossSiteRefusal>();
        app.UseMiddleware<SocialeKaart.Host.Boundary.InputBoundary>();
        app.MapHealth();
        app.MapHttpApi();
        app.MapSite();
        return app;
    }
}
