using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace SocialeKaart.UnitTests.Architecture;

/// <summary>Every HTTP endpoint says explicitly who may call it (the host also closes anything that forgets).</summary>
public sealed class EndpointAuthorizationTests
{
    private static IEnumerable<MethodInfo> Endpoints() =>
        RepositoryLayout.ModuleProjects()
            .Select(p => Assembly.Load(Path.GetFileNameWithoutExtension(p.Name)))
            .SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance))
            .Where(m => m.GetCustomAttributes().Any(a => a is WolverineHttpMethodAttribute));

    [Fact]
    public void there_are_endpoints_to_check() => Assert.NotEmpty(Endpoints());

    [Fact]
    public void every_endpoint_declares_its_access_rule()
    {
        var undeclared = Endpoints()
            .Where(m => !m.IsDefined(typeof(AuthorizeAttribute)) && !m.IsDefined(typeof(AllowAnonymousAttribute))
                        && !m.DeclaringType!.IsDefined(typeof(AuthorizeAttribute)) && !m.DeclaringType!.IsDefined(typeof(AllowAnonymousAttribute)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        Assert.Empty(undeclared);
    }

    // Writes anyone may send, each for a reason: becoming someone is what these do.
    private static readonly HashSet<string> AnonymousWrites =
    [
        "AccountEndpoints.Register", // making an account
        "AccountEndpoints.Verify", // the link from the verification mail
        "AccountEndpoints.SignIn",
        "AccountEndpoints.SignOut",
        "AccountEndpoints.Forgot", // "wachtwoord vergeten": by definition not signed in
        "AccountEndpoints.Reset", // the link from the reset mail
    ];

    [Fact]
    public void every_write_endpoint_requires_a_policy_except_the_named_account_ones()
    {
        var openWrites = Endpoints()
            .Where(m => m.GetCustomAttributes().OfType<WolverineHttpMethodAttribute>().Any(a => a is not WolverineGetAttribute))
            .Where(m => m.GetCustomAttribute<AuthorizeAttribute>()?.Policy is null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Where(name => !AnonymousWrites.Contains(name));
        Assert.Empty(openWrites);
    }

    [Fact]
    public void every_page_outside_the_public_site_requires_a_policy()
    {
        var pages = RepositoryLayout.ModuleProjects()
            .Select(p => Assembly.Load(Path.GetFileNameWithoutExtension(p.Name)))
            .Where(a => a.GetName().Name != "SocialeKaart.Modules.Site")
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t))
            .ToList();
        Assert.NotEmpty(pages);
        Assert.Empty(pages.Where(t => t.GetCustomAttribute<AuthorizeAttribute>()?.Policy is null).Select(t => t.FullName));
    }
}
