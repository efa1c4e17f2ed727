namespace SocialeKaart.Modules.Workspace.Notes;

/// <summary>A professional's note on a fiche, only as ciphertext (AES-GCM with the author's own data key; see NoteCipher).</summary>
public sealed class PrivateNote
{
    public string Id { get; set; } = "";
    public Guid AccountId { get; set; }
    public Guid FicheId { get; set; }
    public string FicheName { get; set; } = "";

    /// <summary>Base64 of nonce (12 bytes) + ciphertext + tag (16 bytes).</summary>
    public string Sealed { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// One person's data key, wrapped (AES-GCM) by the master key from configuration. Deleting this document is what makes
/// the person's notes unreadable everywhere, backups included: the notes are never stored in the clear.
/// </summary>
public sealed class UserKey
{
    public Guid Id { get; set; }

    /// <summary>Which master key wrapped it (first bytes of its SHA-256), so the master key can be rotated.</summary>
    public string MasterKeyId { get; set; } = "";
    public string Wrapped { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
