namespace SocialeKaart.Modules.Search.Typesense;

/// <summary>Search:Typesense settings, from configuration or the environment (the keys never from the repository).</summary>
public sealed class TypesenseOptions
{
    public const string HttpClientName = "typesense";

    /// <summary>The server, e.g. http://typesense:8108. Empty: Typesense is not used.</summary>
    public string? Url { get; set; }

    /// <summary>An admin key, for indexing and managing collections.</summary>
    public string? ApiKey { get; set; }

    /// <summary>A key with only documents:search, from which scoped keys for browsers are derived.</summary>
    public string? SearchOnlyKey { get; set; }

    /// <summary>Embedded (default): each node keeps its own Lucene index too and answers from it while Typesense is unreachable. None: answer 503 instead.</summary>
    public string Fallback { get; set; } = "Embedded";
}
