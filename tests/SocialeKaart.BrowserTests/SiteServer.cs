using System.Net.Http.Json;
using System.Text.Json;
using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace SocialeKaart.BrowserTests;

/// <summary>
/// The real site as it runs in production: the host's own build started as a separate process on a free
/// loopback port (Kestrel), with its own database (./test.sh creates it), a small known directory loaded through
/// the API, and one headless Chromium for every test in the run.
/// </summary>
public sealed class SiteServer : IAsyncLifetime
{
    public const string ConnectionVariable = "SOCIALEKAART_BROWSER_CONNECTION";
    private const string CoordinatorKey = "browser-coordinator-key-0123456789";
    private const string AdministratorKey = "browser-administrator-key-0123456789";
    public const string Password = "een lang en geheim wachtwoord";
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), $"socialekaart-browser-{Guid.NewGuid():N}");
    private readonly StringBuilder _output = new();
    private Process? _host;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Dictionary<string, Guid> Fiches { get; } = new();

    /// <summary>Where screenshots go: a folder the test run keeps (tests/TestResults/screenshots).</summary>
    public static string Screenshots { get; } = Path.Combine(FindRoot(), "tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable)
            ?? throw new InvalidOperationException($"{ConnectionVariable} is not set. Run the tests with ./test.sh, which starts a private PostgreSQL for them.");
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        StartHost(connection);
        await WaitUntilLiveAsync();
        await SeedAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            // Without the background-networking flags Chromium keeps trying to reach Google's services.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        System.IO.Directory.CreateDirectory(Screenshots);
    }

    private void StartHost(string connection)
    {
        // The host built in the same configuration as these tests (Release under ./test.sh).
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var hostDll = Path.Combine(FindRoot(), "src", "Host", "bin", configuration, "net10.0", "SocialeKaart.Host.dll");
        if (!File.Exists(hostDll)) throw new InvalidOperationException($"The host is not built at {hostDll}.");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(hostDll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__SocialeKaart"] = connection,
            ["Projections__Mode"] = "Solo",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Search__IndexPath"] = _indexPath,
            ["Security__ApiKeys__0__Id"] = "browser-coordinator",
            ["Security__ApiKeys__0__Name"] = "Browsertest",
            ["Security__ApiKeys__0__Role"] = "coordinator",
            ["Security__ApiKeys__0__Key"] = CoordinatorKey,
            ["Security__ApiKeys__1__Id"] = "browser-administrator",
            ["Security__ApiKeys__1__Name"] = "Browsertest",
            ["Security__ApiKeys__1__Role"] = "administrator",
            ["Security__ApiKeys__1__Key"] = AdministratorKey,
            // No map tiles from the internet in tests: the map shows its markers on a blank background.
            ["Site__Map__TileUrl"] = "",
            // Mail goes to the real SMTP server ./test.sh runs on loopback; the tests read what arrived.
            ["Mail__Host"] = "127.0.0.1",
            ["Mail__Port"] = Environment.GetEnvironmentVariable("SOCIALEKAART_TEST_SMTP_PORT") ?? "2526",
            ["Mail__Security"] = "None",
            ["Security__RateLimits__AccountMailPer10Minutes"] = "1000",
            ["Security__RateLimits__SignInPer10Minutes"] = "1000",
            ["Workspace__MasterKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["DataProtection__KeyRingKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        _host = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        _host.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _host.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _host.BeginOutputReadLine();
        _host.BeginErrorReadLine();
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        for (var i = 0; i < 600; i++)
        {
            if (_host!.HasExited) throw new InvalidOperationException($"The host stopped (exit {_host.ExitCode}):\n{_output}");
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The host did not answer within a minute:\n{_output}");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ChromiumPath() =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
        ?? throw new InvalidOperationException("Chromium not found. ./test.sh installs Debian's chromium package; or set CHROMIUM_PATH.");

    /// <summary>A few organisations whose answers the tests know, registered and classified through the API as a coordinator would.</summary>
    private async Task SeedAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", CoordinatorKey);
        async Task<Guid> Register(string name, string street, string postcode, string municipality, string rubriek, string operation, string[]? trefwoorden = null)
        {
            var created = await (await http.PostAsJsonAsync("/api/fiches", new
            {
                name, address = new { street, number = "12", postcode, municipality }, phone = "09 210 10 10",
            })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            var id = created.GetProperty("value").GetGuid();
            (await http.PutAsJsonAsync($"/api/fiches/{id}/rubrieken", new { codes = new[] { rubriek }, version = 1 })).EnsureSuccessStatusCode();
            (await http.PutAsJsonAsync($"/api/fiches/{id}/content", new
            {
                content = new { generalOperation = operation, targetGroup = new { tags = new[] { "kinderen" } }, languages = new[] { "nl", "fr" } },
                version = 2,
            })).EnsureSuccessStatusCode();
            if (trefwoorden is not null)
                (await http.PutAsJsonAsync($"/api/fiches/{id}/trefwoorden", new { terms = trefwoorden, version = 3 })).EnsureSuccessStatusCode();
            Fiches[name] = id;
            return id;
        }
        await Register("Kinderopvang De Speelboom", "Brusselsesteenweg", "9050", "Gent", "10.07.02", "Opvang voor baby's en peuters in Gentbrugge.", ["kinderopvang"]);
        await Register("Kinderdagverblijf Het Klavertje", "Land van Rodelaan", "9050", "Gent", "10.07.03", "Dagopvang voor kinderen tot drie jaar.", ["kinderopvang"]);
        await Register("Buitenschoolse opvang De Sprong", "Kerkstraat", "9050", "Gent", "10.07.02", "Opvang voor en na school.", ["buitenschoolse opvang"]);
        await Register("Kinderopvang Zonnestraal", "Markt", "8500", "Kortrijk", "10.07.02", "Opvang in Kortrijk.");
        await SeedLongFicheAsync(http, await Register(LongFiche, "Kazernestraat", "9100", "Sint-Niklaas", "03.01.01", LongOperation));
        await Register(EditedFiche, "Diestsestraat", "3000", "Leuven", "03.01.01", "Ontmoeting voor buurtbewoners.");
        // The search index is fed asynchronously: wait until the last one can be found.
        for (var i = 0; i < 100; i++)
        {
            var found = await http.GetFromJsonAsync<JsonElement>("/api/search?q=zonnestraal");
            if (found.GetProperty("total").GetInt32() > 0) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("The seeded fiches did not reach the search index.");
    }

    /// <summary>A fiche as long as the real ones (a CGG): long texts, a long e-mail address, hours every weekday, how to apply and the cost.</summary>
    public const string LongFiche = "Centrum Geestelijke Gezondheidszorg Waas en Dender";

    private static readonly string LongOperation = "Het centrum biedt ambulante, gespecialiseerde hulp bij ernstige psychische problemen. "
        + string.Concat(Enumerable.Repeat("We werken met een team van psychiaters, psychologen en maatschappelijk werkers, in overleg met de huisarts. ", 12));

    private static async Task SeedLongFicheAsync(HttpClient http, Guid id)
    {
        (await http.PutAsJsonAsync($"/api/fiches/{id}/contact", new
        {
            contact = new
            {
                phones = new[] { new { label = "Onthaal", number = "03 778 20 00" } },
                emails = new[] { new { label = "Onthaal", address = "onthaal.centrumgeestelijkegezondheidszorg.waasendender@cggwaasendender-voorbeeld.be" } },
                website = "https://www.cggwaasendender-voorbeeld.be/aanmelden-en-wachttijden-voor-volwassenen-en-jongeren",
                links = Array.Empty<object>(),
            },
            version = 3,
        })).EnsureSuccessStatusCode();
        var days = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
        (await http.PutAsJsonAsync($"/api/fiches/{id}/opening-hours", new
        {
            schedules = new[]
            {
                new
                {
                    kind = "OpeningHours", locationId = (Guid?)null, onlyByAppointment = false, note = (string?)null,
                    // Every day, so "today" always has hours whatever day the tests run.
                    weekly = days.SelectMany(day => new[]
                    {
                        new { day, opens = "09:00", closes = "12:30", byAppointment = false },
                        new { day, opens = "13:30", closes = "17:00", byAppointment = false },
                    }).ToArray(),
                    exceptions = Array.Empty<object>(),
                },
            },
            version = 4,
        })).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"/api/fiches/{id}/content", new
        {
            content = new
            {
                generalOperation = LongOperation,
                tasks = string.Concat(Enumerable.Repeat("Diagnostiek, behandeling en begeleiding, individueel of in groep. ", 10)),
                targetGroup = new { tags = new[] { "volwassenen", "jongeren" }, description = "Kinderen, jongeren, volwassenen en ouderen met ernstige psychische problemen." },
                registration = "Bel het onthaal; een aanmeldingsgesprek volgt binnen twee weken.",
                cost = "Remgeld volgens het RIZIV-tarief, verminderd met een verhoogde tegemoetkoming.",
                languages = new[] { "nl" },
            },
            version = 5,
        })).EnsureSuccessStatusCode();
    }

    /// <summary>The confirmation link from the mail the SMTP server received for this address (site-relative).</summary>
    public static Task<string> VerificationLinkAsync(string email) => MailedLinkAsync(email, "/account/bevestigen?token=");

    /// <summary>A site-relative link starting with <paramref name="path"/> in a mail the SMTP server received for this address.</summary>
    public static async Task<string> MailedLinkAsync(string email, string path)
    {
        var maildir = Path.Combine(Environment.GetEnvironmentVariable("SOCIALEKAART_TEST_MAILDIR")
            ?? throw new InvalidOperationException("SOCIALEKAART_TEST_MAILDIR is not set; run the tests with ./test.sh."), "new");
        for (var i = 0; i < 100; i++)
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(maildir))
            {
                var mail = MimeKit.MimeMessage.Load(file);
                if (mail.To.Mailboxes.Any(m => m.Address == email) && mail.TextBody is { } body
                    && System.Text.RegularExpressions.Regex.Match(body, @"https?://[^/\s]+(" + System.Text.RegularExpressions.Regex.Escape(path) + @"\S+)") is { Success: true } link)
                    return link.Groups[1].Value;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No mail with {path} for {email} arrived.");
    }

    /// <summary>A staff member with a verified account and a role, made through the API as an administrator would.</summary>
    /// <summary>The fiche the owner's editor test changes (no other test reads it).</summary>
    public const string EditedFiche = "Buurthuis De Linde";

    /// <summary>Signs in on the page with an account of this server's (password <see cref="Password"/>).</summary>
    public static async Task SignInAsync(IPage page, string email, string returnTo)
    {
        await page.GotoAsync(returnTo);
        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
    }

    /// <summary>A verified professional account, made through the API: its e-mail address and its id.</summary>
    public async Task<(string Email, Guid Id)> ProfessionalAsync(string name)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}.{Guid.NewGuid():N}@example.be";
        (await http.PostAsJsonAsync("/api/account/register", new { email, displayName = name, password = Password, acceptTerms = true })).EnsureSuccessStatusCode();
        var token = Uri.UnescapeDataString((await VerificationLinkAsync(email)).Split("token=")[1]);
        var account = await (await http.PostAsJsonAsync("/api/account/verify", new { token })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return (email, account.GetProperty("id").GetGuid());
    }

    public async Task<string> StaffAsync(string name, string role)
    {
        var (email, id) = await ProfessionalAsync(name);
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var grant = new HttpRequestMessage(HttpMethod.Put, $"/api/accounts/{id}/staff-roles/{role}")
        {
            Content = JsonContent.Create(new { provinces = Array.Empty<string>() }),
        };
        grant.Headers.Add("X-Api-Key", AdministratorKey);
        (await http.SendAsync(grant)).EnsureSuccessStatusCode();
        return email;
    }

    /// <summary>
    /// A page in a fresh context; <paramref name="scale"/> is the device pixel ratio (4 with 320 px: a 1280 px window at
    /// 400 % zoom). The site's Content-Security-Policy is bypassed so axe can be injected, unless <paramref name="enforceCsp"/>.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, float scale = 1, bool enforceCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(), Locale = "nl-BE", ViewportSize = new ViewportSize { Width = width, Height = height }, DeviceScaleFactor = scale,
            BypassCSP = !enforceCsp,
        });
        return await context.NewPageAsync();
    }

    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SocialeKaart.sln"))) return dir.FullName;
        throw new InvalidOperationException("SocialeKaart.sln not found above " + AppContext.BaseDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is { HasExited: false })
        {
            _host.Kill(entireProcessTree: true);
            await _host.WaitForExitAsync();
        }
        _host?.Dispose();
        if (System.IO.Directory.Exists(_indexPath)) System.IO.Directory.Delete(_indexPath, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteServer>
{
    public const string Name = "site";
}
