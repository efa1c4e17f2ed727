using JasperFx;
using JasperFx.CodeGeneration;
using Npgsql;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Accounts;
using SocialeKaart.Modules.Directory;
using SocialeKaart.Modules.Geography;
using SocialeKaart.Modules.Mail;
using SocialeKaart.Modules.Search;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Persistence;

namespace SocialeKaart.Host.Setup;

public static class MessagingSetup
{
    public static void AddMessaging(this WebApplicationBuilder builder)
    {
        var projections = ProjectionsModes.Of(builder.Configuration);
        var codeGeneration = builder.Configuration.GetValue("Wolverine:CodeGeneration", TypeLoadMode.Dynamic);
        builder.Host.UseWolverine(options =>
        {
            options.ServiceName = "socialekaart";
            options.Discovery.IncludeAssembly(typeof(DirectoryModule).Assembly);
            options.Discovery.IncludeAssembly(typeof(SearchModule).Assembly);
            options.Discovery.IncludeAssembly(typeof(GeographyModule).Assembly);
            options.Discovery.IncludeAssembly(typeof(MailModule).Assembly);
            options.Discovery.IncludeAssembly(typeof(AccountsModule).Assembly);
            options.Discovery.IncludeAssembly(typeof(SocialeKaart.Modules.Workspace.WorkspaceModule).Assembly);
            options.Discovery.IncludeAssembly(typeof(SocialeKaart.Modules.Review.ReviewModule).Assembly);
            options.CodeGeneration.TypeLoadMode = codeGeneration;
            if (projections == ProjectionsMode.Solo) options.Durability.Mode = DurabilityMode.Solo;

            // Every handler and endpoint touching Marten commits its writes and outgoing messages together.
            options.Policies.AutoApplyTransactions();
            // Messages between modules survive a restart: local queues are backed by the durable inbox/outbox.
            options.Policies.UseDurableLocalQueues();
            options.EntityDefaults.OnMissing = OnMissing.ProblemDetailsWith404;

            // The search copy of a fiche is written by one handler at a time on each node, in message order.
            options.LocalQueueFor<FicheChanged>().Sequential();

            // Transient failures are retried with growing pauses, then the message goes to the dead-letter table.
            options.Policies.OnException<NpgsqlException>(e => e.IsTransient)
                .Or<TimeoutException>()
                .Or<JasperFx.ConcurrencyException>()
                .RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1))
                .Then.MoveToErrorQueue();
            // The SMTP server does not answer: keep the mail and try again with longer pauses.
            options.Policies.OnException<System.Net.Sockets.SocketException>()
                .Or<MailKit.Net.Smtp.SmtpCommandException>()
                .Or<MailKit.Net.Smtp.SmtpProtocolException>()
                .Or<MailKit.ServiceNotConnectedException>()
                .RetryWithCooldown(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2))
                .Then.MoveToErrorQueue();
            // The search server is down: keep the message and try again with longer pauses (the node's embedded index,
            // if any, is already up to date); after that the start-up catch-up or a rebuild brings the server level.
            options.Policies.OnException<ServiceUnavailableException>()
                .RetryWithCooldown(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30))
                .Then.MoveToErrorQueue();
        });
    }
}
