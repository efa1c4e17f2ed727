namespace SocialeKaart.Modules.Accounts;

/// <summary>
/// What a password must not be, with the reason told to the person (NIST SP 800-63B: length over composition rules,
/// and no password known from breaches or built from an obvious pattern). The list holds the commonest breached
/// passwords and the Belgian keyboard's rows; it is a floor, not a breach database (see ADR 19).
/// </summary>
public static class PasswordRules
{
    public const int Min = 12;
    public const int Max = 200;

    private static readonly string[] Breached =
    [
        "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111", "000000000000", "123123123123",
        "password1234", "password12345", "password123456", "passwordpassword", "wachtwoord12", "wachtwoord123", "wachtwoord1234",
        "qwertyuiop12", "qwerty123456", "azertyuiop12", "azerty123456", "azertyuiopqsd", "iloveyou1234", "welkom123456",
        "welcome12345", "letmein12345", "admin1234567", "abc123abc123", "motdepasse12", "sunshine1234", "princess1234",
        "football1234", "monkey123456", "dragon123456", "baseball1234", "superman1234", "trustno11234",
    ];

    // Keyboard rows (AZERTY, QWERTY), digits and the alphabet, each followed by its own start so runs may wrap ("8901").
    private static readonly string[] Rows =
        ["azertyuiopa", "qsdfghjklmq", "wxcvbnw", "qwertyuiopq", "asdfghjkla", "zxcvbnmz", "12345678901", "abcdefghijklmnopqrstuvwxyza"];

    /// <summary>Four in five steps go to the next key of a row (either way): "1234567890123", "azertyuiop12", "poiuytreza".</summary>
    private static bool MostlyRuns(string text)
    {
        if (text.Length < 2) return false;
        var steps = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var pair = text.Substring(i, 2);
            var reversed = new string([pair[1], pair[0]]);
            if (Rows.Any(row => row.Contains(pair) || row.Contains(reversed))) steps++;
        }
        return steps * 5 >= (text.Length - 1) * 4;
    }

    private static readonly string[] Words = ["wachtwoord", "password", "motdepasse", "socialekaart", "sociale kaart", "desocialekaart"];

    /// <summary>The reason this password is refused, or null when it is acceptable.</summary>
    public static string? Refuse(string? password, string? email, string? name)
    {
        if (password is null || password.Length < Min) return $"Kies een wachtwoord van minstens {Min} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.";
        if (password.Length > Max) return $"Een wachtwoord heeft hoogstens {Max} tekens.";
        var folded = password.ToLowerInvariant();
        if (Breached.Contains(folded)) return "Dit wachtwoord staat in lijsten van uitgelekte wachtwoorden. Kies een ander.";
        if (folded.Distinct().Count() <= 3) return "Dit wachtwoord herhaalt te weinig verschillende tekens. Kies een ander.";
        var compact = folded.Replace(" ", "");
        if (MostlyRuns(compact)) return "Dit wachtwoord volgt een rij van het toetsenbord of het alfabet. Kies een ander.";
        if (Words.Any(w => folded.Contains(w)) && folded.Length < 20) return "Een wachtwoord met het woord 'wachtwoord' of de naam van de site is makkelijk te raden.";
        var local = email?.Split('@')[0].Trim().ToLowerInvariant();
        if (local is { Length: >= 3 } && folded.Contains(local)) return "Je wachtwoord mag je e-mailadres niet bevatten.";
        var plainName = name?.Trim().ToLowerInvariant().Replace(" ", "");
        if (plainName is { Length: >= 3 } && compact.Contains(plainName)) return "Je wachtwoord mag je naam niet bevatten.";
        return null;
    }
}
