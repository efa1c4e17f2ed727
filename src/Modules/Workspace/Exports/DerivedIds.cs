namespace SocialeKaart.Modules.Workspace.Exports;

/// <summary>Stable UUIDs for the parts of a fiche that have no id of their own (HSDS wants one on every object).</summary>
public static class DerivedIds
{
    public static Guid Of(Guid parent, string kind, int index) => BuildingBlocks.NameBasedGuid.Of($"{parent:N}/{kind}/{index}");
}
