using Microsoft.Extensions.Configuration;

namespace SocialeKaart.Modules.Directory.DataSet.Registers;

/// <summary>
/// Where the real registers are read at run time (DataSet:SharedDataPath). They are never copied into the repository:
/// without the folder, the data set is generated alone, and the loader says so.
/// </summary>
public static class SharedData
{
    public const string Key = "DataSet:SharedDataPath";

    /// <summary>The configured folder, or else the first <c>shared/data</c> beside a folder above the binaries (the repository's sibling).</summary>
    public static string? Locate(IConfiguration configuration)
    {
        var configured = configuration[Key];
        if (!string.IsNullOrWhiteSpace(configured)) return System.IO.Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        return Beside(AppContext.BaseDirectory) ?? Beside(System.IO.Directory.GetCurrentDirectory());
    }

    public static string? Beside(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "organisations"))) return candidate;
        }
        return null;
    }
}
