using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Workspace.Exports;
using SocialeKaart.Modules.Workspace.Favourites;
using SocialeKaart.Modules.Workspace.Notes;
using SocialeKaart.Modules.Workspace.Searches;

namespace SocialeKaart.Modules.Workspace;

/// <summary>
/// Workspace: a professional's own tools (ADR 19). Personal documents, not event streams: they are nobody's formal
/// decision, need no replayable history, and must disappear completely when the account goes.
/// </summary>
public static class WorkspaceModule
{
    public static void ConfigureMarten(StoreOptions options)
    {
        options.Schema.For<Favourite>().DocumentAlias("workspace_favourite").Index(x => x.AccountId);
        options.Schema.For<PrivateNote>().DocumentAlias("workspace_note").Index(x => x.AccountId);
        options.Schema.For<UserKey>().DocumentAlias("workspace_user_key");
        options.Schema.For<SavedSearch>().DocumentAlias("workspace_saved_search").Index(x => x.AccountId);
        options.Schema.For<ExportRequest>().DocumentAlias("workspace_export").Index(x => x.AccountId).Index(x => x.ExpiresAt);
        options.Schema.For<ExportFile>().DocumentAlias("workspace_export_file");
    }

    public static IServiceCollection AddWorkspaceModule(this IServiceCollection services)
    {
        services.AddSingleton<NoteCipher>();
        services.AddSingleton<WorkspaceService>();
        services.AddSingleton<IWorkspace, WorkspaceService>();
        services.AddSingleton<ExportService>();
        services.AddSingleton<ExportCleanup>();
        services.AddHostedService(provider => provider.GetRequiredService<ExportCleanup>()); // one instance, also callable
        services.AddSingleton<IPersonalDataErasure, WorkspacePersonalData>();
        services.AddRazorPages().AddApplicationPart(typeof(WorkspaceModule).Assembly);
        return services;
    }
}
