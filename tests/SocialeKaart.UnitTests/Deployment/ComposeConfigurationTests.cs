using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SocialeKaart.UnitTests.Architecture;

namespace SocialeKaart.UnitTests.Deployment;

/// <summary>
/// docker-compose.yml cannot run here (no Docker engine), so this keeps it honest another way: every
/// setting it gives the host must be a key the host's appsettings.json actually defines.
/// </summary>
public sealed partial class ComposeConfigurationTests
{
    private static readonly string Compose = File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, "docker-compose.yml"));
    private static readonly JsonNode Settings = JsonNode.Parse(
        File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, "src", "Host", "appsettings.json")))!;

    public static TheoryData<string> HostSettings() => new(HostVariables());

    private static IEnumerable<string> HostVariables()
    {
        var host = Compose[Compose.IndexOf("\n  host:", StringComparison.Ordinal)..];
        var environment = host[host.IndexOf("environment:", StringComparison.Ordinal)..];
        return EnvironmentKey().Matches(environment[..environment.IndexOf("\n    ports:", StringComparison.Ordinal)])
            .Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public void the_host_gets_its_connection_string_and_daemon_mode() =>
        Assert.Contains("ConnectionStrings__SocialeKaart", HostVariables());

    [Theory]
    [MemberData(nameof(HostSettings))]
    public void every_host_setting_in_compose_is_a_known_configuration_key(string variable) =>
        Assert.True(KeyExists(variable), $"{variable} is not a key of src/Host/appsettings.json");

    [Fact]
    public void the_check_refuses_an_unknown_key() => Assert.False(KeyExists("Search__Nonsense"));

    /// <summary>Walks the key's parts through appsettings.json; inside an array (e.g. Security:ApiKeys) only the index is checked.</summary>
    private static bool KeyExists(string variable)
    {
        JsonNode? node = Settings;
        foreach (var part in variable.Split("__"))
        {
            switch (node)
            {
                case JsonArray: return int.TryParse(part, out _);
                case JsonObject obj when obj.ContainsKey(part): node = obj[part]; break;
                default: return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"^\s{6}([A-Za-z][A-Za-z0-9_]*):", RegexOptions.Multiline)]
    private static partial Regex EnvironmentKey();
}
