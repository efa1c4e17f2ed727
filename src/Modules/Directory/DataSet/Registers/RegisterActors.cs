namespace SocialeKaart.Modules.Directory.DataSet.Registers;

/// <summary>The actor an import writes as: the register itself, so a fiche's history shows where each change came from.</summary>
public static class RegisterActors
{
    public static Actor For(FicheSource source) => new("register:" + FicheGenerator.Slug(source.Register), source.Register);
}
