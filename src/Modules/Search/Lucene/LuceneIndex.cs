using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace SocialeKaart.Modules.Search.Lucene;

/// <summary>One on-disk Lucene index with its single writer and near-real-time searchers.</summary>
public sealed class LuceneIndex : IDisposable
{
    private readonly Directory _directory;

    public LuceneIndex(string path, CompoundWords compounds)
    {
        Path = path;
        Name = System.IO.Path.GetFileName(path);
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        Writer = new IndexWriter(_directory, new IndexWriterConfig(DutchAnalysis.Version, DutchAnalysis.ForIndex(compounds)) { OpenMode = OpenMode.CREATE_OR_APPEND });
        Searchers = new SearcherManager(Writer, true, null);
    }

    public string Path { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }

    /// <summary>The folder's name: it changes with every rebuild, so a point-in-time view of another index is never mistaken for one of this.</summary>
    public string Name { get; }

    /// <summary>Searchers kept for point-in-time views, so paging stays consistent while fiches change.</summary>
    public SearcherLifetimeManager Lifetimes { get; } = new();

    public void Dispose()
    {
        Lifetimes.Dispose();
        Searchers.Dispose();
        Writer.Dispose(waitForMerges: false);
        _directory.Dispose();
    }
}
