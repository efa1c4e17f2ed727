using System.Diagnostics;

namespace SocialeKaart.IntegrationTests.Operations;

/// <summary>
/// The scripts' private PostgreSQL starts even when its port is held by another socket that does not listen (an
/// outgoing connection's local port looks like that): run.sh once failed so on a fresh clone (issue 13).
/// </summary>
public sealed class ClusterPortTests
{
    [Fact]
    public async Task a_cluster_whose_port_is_held_by_a_bound_socket_starts_on_the_next_one()
    {
        // A plain socket bound to a port and never listening, as an outgoing connection's is. (Python's, not .NET's:
        // .NET sets SO_REUSEADDR on Unix whatever is asked, and then PostgreSQL may bind beside it.)
        using var holder = Process.Start(new ProcessStartInfo("python3",
            ["-c", "import socket,time; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1], flush=True); time.sleep(300)"])
        { RedirectStandardOutput = true })!;
        var held = int.Parse((await holder.StandardOutput.ReadLineAsync())!);
        try
        {
            var root = Root();
            var script = $"source scripts/common.sh && ensure_postgres && PG_FSYNC=off start_cluster postgres-porttest {held} " +
                         "&& echo \"PORT=$PG_PORT\" && stop_cluster";
            var start = new ProcessStartInfo("bash", ["-c", script]) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, $"the cluster did not start:\n{output}\n{errors}");
            Assert.Contains($"Port {held} is held by another socket", errors);
            var port = int.Parse(output.Split('\n').Single(l => l.StartsWith("PORT=", StringComparison.Ordinal))[5..]);
            Assert.NotEqual(held, port);
        }
        finally
        {
            holder.Kill();
        }
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SocialeKaart.sln"))) return dir.FullName;
        throw new InvalidOperationException("SocialeKaart.sln not found");
    }
}
