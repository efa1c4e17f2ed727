using Marten;
using SocialeKaart.Modules.Search.Indexing;

namespace SocialeKaart.Modules.Search;

public static class SearchModule
{
    public static void ConfigureMarten(StoreOptions options) =>
        options.Schema.For<FicheSearchEntry>().DocumentAlias("search_fiche_entry");
}
