using System.Text.RegularExpressions;
using Alba;

namespace SocialeKaart.IntegrationTests.Infrastructure;

/// <summary>Posting a page's form as a browser would: with the form's antiforgery token and the cookies that came with it.</summary>
public static partial class PageForms
{
    /// <summary>Opens a page as the person (to get the form's token), then posts the form to the handler's address.</summary>
    public static async Task<IScenarioResult> PostForm(this IAlbaHost host, People.Person person, string page, string action,
        IReadOnlyDictionary<string, string> fields, int status)
    {
        var form = await host.Scenario(x => { x.Get.Url(page); x.As(person); });
        var values = fields.Append(new("__RequestVerificationToken", Token(await form.ReadAsTextAsync()))).ToList();
        var cookies = string.Join("; ", form.Context.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]).Append(person.Cookie));
        return await host.Scenario(x =>
        {
            var (path, query) = action.Split('?') is [var p, var q] ? (p, "?" + q) : (action, "");
            // A list goes as indexed names (Languages[0], Languages[1]), which model binding reads like repeated ones.
            x.Post.FormData(values.ToDictionary(v => v.Key, v => v.Value)).ToUrl(path);
            x.ConfigureHttpContext(c => c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(query));
            x.WithRequestHeader("Cookie", cookies);
            x.StatusCodeShouldBe(status);
        });
    }

    public static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
