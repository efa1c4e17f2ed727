using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using SocialeKaart.Modules.Accounts;
using SocialeKaart.Modules.Directory;
using SocialeKaart.Modules.Review;
using SocialeKaart.Modules.Search;
using SocialeKaart.Modules.Workspace;
using Weasel.Core;
using Wolverine.Marten;

namespace SocialeKaart.Host.Setup;

public static class StorageSetup
{
    public const string ConnectionStringName = "SocialeKaart";

    public static void AddStorage(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No connection string 'ConnectionStrings:{ConnectionStringName}'. Start the site with ./run.sh " +
                "(embedded PostgreSQL) or set ConnectionStrings__SocialeKaart.");
        var dataSource = NpgsqlDataSource.Create(connectionString);
        builder.Services.AddSingleton(dataSource);

        var projections = ProjectionsModes.Of(builder.Configuration);
        var marten = builder.Services.AddMarten(options =>
            {
                options.Connection(dataSource);
                options.DatabaseSchemaName = "socialekaart";
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                // Causation and correlation ids let an auditor trace an event back to the review that caused it.
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;
                DirectoryModule.ConfigureMarten(options);
                SearchModule.ConfigureMarten(options);
                ReviewModule.ConfigureMarten(options);
                AccountsModule.ConfigureMarten(options);
                WorkspaceModule.ConfigureMarten(options);
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .IntegrateWithWolverine(integration =>
                integration.UseWolverineManagedEventSubscriptionDistribution = projections == ProjectionsMode.Distributed);
        if (projections == ProjectionsMode.Solo) marten.AddAsyncDaemon(DaemonMode.Solo);
        if (projections == ProjectionsMode.HotCold) marten.AddAsyncDaemon(DaemonMode.HotCold);
    }
}

/// <summary>How the async projection daemon runs; see docs/adr/0005-projection-daemon-mode.md.</summary>
public enum ProjectionsMode
{
    /// <summary>Marten's own election: the node holding a PostgreSQL advisory lock runs every shard; when it dies, the lock
    /// goes with its connection and another node takes over within seconds (production; measured in bench/daemon.md).</summary>
    HotCold,

    /// <summary>This node runs every shard itself (tests, single-node tools).</summary>
    Solo,

    /// <summary>Wolverine spreads the shards over the running nodes; a dead node's shards wait about a minute for reassignment.</summary>
    Distributed,
}

public static class ProjectionsModes
{
    /// <summary>Projections:Mode, HotCold when not set.</summary>
    public static ProjectionsMode Of(IConfiguration configuration) => configuration.GetValue("Projections:Mode", ProjectionsMode.HotCold);
}
