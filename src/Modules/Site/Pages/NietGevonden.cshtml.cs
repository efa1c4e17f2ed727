using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>The page for any address that does not exist: a 404 with a way to search again.</summary>
public sealed class NietGevondenModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;

    // A form posted to an address that does not exist is not found either (not a 200 page).
    [Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
    public void OnPost() => Response.StatusCode = StatusCodes.Status404NotFound;
}
