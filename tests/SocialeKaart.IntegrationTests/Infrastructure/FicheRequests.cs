using System.Net.Http.Json;
using System.Text.Json;
using Alba;

namespace SocialeKaart.IntegrationTests.Infrastructure;

/// <summary>The JSON a back-office client sends, written as a client would: plain objects, not our C# types.</summary>
public static class FicheRequests
{
    public static object Registration(string name = "CAW Oost-Vlaanderen, onthaal Gent") => new
    {
        name,
        address = new { street = "Kortrijksesteenweg", number = "83", box = (string?)null, postcode = "9000", municipality = "Gent" },
        phone = "09 265 04 00",
    };

    public static async Task<Guid> Register(this IAlbaHost host, string name = "CAW Oost-Vlaanderen, onthaal Gent")
    {
        var result = await host.Scenario(x =>
        {
            x.Post.Json(Registration(name)).ToUrl("/api/fiches");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("value").GetGuid();
    }

    /// <summary>Sends a section change as the coordinator and returns the answer; asserts the status.</summary>
    public static Task<IScenarioResult> Change(this IAlbaHost host, Guid id, string section, object body, int expectedStatus = 200, string method = "PUT") =>
        host.Scenario(x =>
        {
            (method == "PUT" ? x.Put : x.Post).Json(body).ToUrl($"/api/fiches/{id}/{section}");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(expectedStatus);
        });

    public static async Task<JsonElement> Fiche(this IAlbaHost host, Guid id) => await (await host.Scenario(x => x.Get.Url($"/api/fiches/{id}"))).Json();

    public static async Task<JsonElement> LastHistoryEntry(this IAlbaHost host, Guid id)
    {
        var history = await (await host.Scenario(x => { x.Get.Url($"/api/fiches/{id}/history"); x.As(TestUsers.Auditor); })).Json();
        return history[history.GetArrayLength() - 1];
    }

    public static IEnumerable<string> ChangedFields(this JsonElement historyEntry) =>
        historyEntry.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("field").GetString()!);

    public static async Task<JsonElement> Json(this IScenarioResult result) => await result.ReadAsJsonAsync<JsonElement>();

    /// <summary>Raw HTTP for what Alba's typed helpers cannot send, such as broken JSON.</summary>
    public static Task<HttpResponseMessage> PostRaw(this IAlbaHost host, string url, string body, TestUsers.User? user)
    {
        var client = host.Server.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (user is not null) request.Headers.Add("X-Api-Key", user.Key);
        return client.SendAsync(request);
    }

    public static Task<JsonElement> ReadJson(this HttpResponseMessage response) => response.Content.ReadFromJsonAsync<JsonElement>();
}
