using System.Collections.Concurrent;
using Marten;
using Marten.Services;
using SocialeKaart.Modules.Search.Indexing;

namespace SocialeKaart.IntegrationTests.Infrastructure;

/// <summary>
/// A Marten session listener that makes the commit of a chosen search entry fail once, as a lost connection
/// would, and counts the commits that did go through. Lets a test prove that the cross-module handler is
/// retried after a failure and that its write lands exactly once.
/// </summary>
public sealed class SearchWriteFaults : DocumentSessionListenerBase
{
    private readonly ConcurrentDictionary<string, int> _failuresToInject = new();
    private readonly ConcurrentDictionary<string, int> _commits = new();
    private int _injected;

    public int Injected => _injected;

    public void FailNextWriteOf(string ficheName) => _failuresToInject[ficheName] = 1;

    public int CommitsOf(string ficheName) => _commits.GetValueOrDefault(ficheName);

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        foreach (var entry in session.PendingChanges.AllChangedFor<FicheSearchEntry>())
        {
            if (_failuresToInject.TryRemove(entry.Fiche.Name, out _))
            {
                Interlocked.Increment(ref _injected);
                throw new TimeoutException($"Injected transient failure while writing the search entry of '{entry.Fiche.Name}'.");
            }
        }
        return Task.CompletedTask;
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var entry in commit.Updated.Concat(commit.Inserted).OfType<FicheSearchEntry>())
            _commits.AddOrUpdate(entry.Fiche.Name, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
