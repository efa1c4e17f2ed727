namespace SocialeKaart.UnitTests.Architecture;

public static class RepositoryLayout
{
    /// <summary>The checkout's top folder, found from the test binary by walking up to SocialeKaart.sln.</summary>
    public static DirectoryInfo Root { get; } = FindRoot();

    public static IEnumerable<FileInfo> ModuleProjects() =>
        new DirectoryInfo(Path.Combine(Root.FullName, "src", "Modules")).EnumerateFiles("*.csproj", SearchOption.AllDirectories);

    private static DirectoryInfo FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SocialeKaart.sln"))) return dir;
        throw new InvalidOperationException("SocialeKaart.sln not found above " + AppContext.BaseDirectory);
    }
}
