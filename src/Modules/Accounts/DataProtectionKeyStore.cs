using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace SocialeKaart.Modules.Accounts;

public sealed class DataProtectionKey
{
    public string Id { get; set; } = "";
    public string Xml { get; set; } = "";
}

/// <summary>
/// ASP.NET Data Protection's key ring in PostgreSQL, shared by every node (cookies and e-mail links signed on one node
/// are read on another, and survive a restart). Each key is sealed before it is stored (KeyRingEncryptor, ADR 24).
/// </summary>
public sealed class DataProtectionKeyStore(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // The interface is synchronous; it is called rarely (start-up, key rotation every 90 days).
        using var session = store.QuerySession();
        var keys = session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult();
        return keys.Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new DataProtectionKey { Id = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}
