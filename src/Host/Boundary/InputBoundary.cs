using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace SocialeKaart.Host.Boundary;

/// <summary>
/// One rule for every input, before any endpoint sees it (ADR 24), so no endpoint can forget it: text with a NUL or
/// half a UTF-16 surrogate pair (PostgreSQL cannot store either) in the path, the query, a form or a JSON body; an
/// all-zero GUID in the path; a JSON body that is <c>null</c>, empty or not JSON where an endpoint expects one; and a
/// body in another format than JSON for the API (415). The answer names the field: problem+json on the API, a Dutch
/// page elsewhere.
/// </summary>
public sealed class InputBoundary(RequestDelegate next)
{
    private const int MaxScannedBody = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var problem = await FindAsync(context);
        if (problem is null)
        {
            await next(context);
            return;
        }
        var (status, field, message) = problem.Value;
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var details = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = status, Title = status == StatusCodes.Status415UnsupportedMediaType ? "Dit formaat aanvaarden we niet." : "De aanvraag is ongeldig.",
                Type = status == StatusCodes.Status415UnsupportedMediaType ? "https://tools.ietf.org/html/rfc9110#section-15.5.16" : "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            };
            await context.Response.WriteAsJsonAsync(details, (JsonSerializerOptions?)null, "application/problem+json");
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        var safe = System.Net.WebUtility.HtmlEncode(message);
        await context.Response.WriteAsync("<!DOCTYPE html><html lang=\"nl-BE\"><head><meta charset=\"utf-8\"><title>Ongeldige aanvraag · Sociale Kaart</title></head>" +
            $"<body><main><h1>Deze aanvraag kunnen we niet lezen</h1><p>{safe}</p><p><a href=\"/\">Naar de Sociale Kaart</a></p></main></body></html>");
    }

    private static async Task<(int Status, string Field, string Message)?> FindAsync(HttpContext context)
    {
        var request = context.Request;
        if (Unstorable(request.Path.Value)) return (400, "path", Messages.BadText("Het adres"));
        foreach (var (key, values) in request.Query)
        {
            if (Unstorable(key)) return (400, "query", Messages.BadText("Een parameter"));
            if (values.Any(v => Unstorable(v))) return (400, key, Messages.BadText($"'{key}'"));
        }
        if (UndefinedEnum(context) is { } undefined) return undefined;
        // The API counts pages from 1 on every route (the pages say it in their own words, within the page).
        if (request.Path.StartsWithSegments("/api") && request.Query.TryGetValue("page", out var pages)
            && pages.Any(p => !int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1))
            return (400, "page", "De pagina is een getal vanaf 1.");
        foreach (var (key, value) in request.RouteValues)
            if (value is string text && Guid.TryParse(text, out var id) && id == Guid.Empty && key != "slug")
                return (400, key, Messages.EmptyId);

        if (!HasBody(request)) return ExpectsJson(context) && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsDelete(request.Method)
            ? (400, "body", Messages.NoBody) : null;
        if (request.HasJsonContentType()) return await JsonAsync(request);
        if (request.HasFormContentType)
        {
            if (request.Path.StartsWithSegments("/api")) return (415, "Content-Type", Messages.OnlyJson);
            var form = await request.ReadFormAsync(context.RequestAborted);
            foreach (var (key, values) in form)
                if (values.Any(v => Unstorable(v))) return (400, key, Messages.BadText($"Het veld '{key}'"));
            return null;
        }
        return request.Path.StartsWithSegments("/api") ? (415, "Content-Type", Messages.OnlyJson) : null;
    }

    // A query value for an enum parameter must be one of its names: "sort=99" parses as an enum and means nothing.
    private static (int, string, string)? UndefinedEnum(HttpContext context)
    {
        if (context.Request.Query.Count == 0 || context.GetEndpoint() is not { } endpoint) return null;
        foreach (var (name, type) in EnumParameters.GetValue(endpoint, EnumParametersOf))
        {
            if (!context.Request.Query.TryGetValue(name, out var values)) continue;
            foreach (var value in values)
                if (string.IsNullOrEmpty(value) || char.IsDigit(value[0]) || value[0] == '-'
                    || !Enum.TryParse(type, value, ignoreCase: true, out var parsed) || !Enum.IsDefined(type, parsed!))
                    return (400, name, $"Kies een van: {string.Join(", ", Enum.GetNames(type).Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
        }
        return null;
    }

    // Per endpoint, once: its enum parameters (by name), from the method behind it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Endpoint, (string Name, Type Type)[]> EnumParameters = new();

    private static (string, Type)[] EnumParametersOf(Endpoint endpoint) =>
        (EndpointMethod(endpoint)?.GetParameters() ?? [])
            .Select(p => (p.Name, Type: Nullable.GetUnderlyingType(p.ParameterType.IsArray ? p.ParameterType.GetElementType()! : p.ParameterType)
                ?? (p.ParameterType.IsArray ? p.ParameterType.GetElementType()! : p.ParameterType)))
            .Where(p => p.Type.IsEnum && p.Name is not null).Select(p => (p.Name!, p.Type)).ToArray();

    // The method behind an endpoint: a minimal API's MethodInfo, or the method of the Wolverine chain (HttpChain.Method.Method).
    private static System.Reflection.MethodInfo? EndpointMethod(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<System.Reflection.MethodInfo>() is { } method) return method;
        var chain = endpoint.Metadata.FirstOrDefault(m => m.GetType().Name == "HttpChain");
        var call = chain?.GetType().GetProperty("Method")?.GetValue(chain);
        return call?.GetType().GetProperty("Method")?.GetValue(call) as System.Reflection.MethodInfo;
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.ContentLength is null && request.Headers.TransferEncoding.Count > 0;

    // Wolverine and minimal API endpoints that read a JSON body say so in their metadata (it is what OpenAPI shows).
    private static bool ExpectsJson(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { RequestType: not null, IsOptional: false };

    private static async Task<(int, string, string)?> JsonAsync(HttpRequest request)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxScannedBody);
        byte[] body;
        try
        {
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy, request.HttpContext.RequestAborted);
            body = copy.ToArray();
        }
        catch (IOException)
        {
            return (413, "body", Messages.TooLarge);
        }
        request.Body.Position = 0;
        var found = Scan(body);
        return found is null ? null : (400, found.Value.Field, found.Value.Message);
    }

    /// <summary>The first problem in a JSON body: not JSON, null or empty at the top, or a string PostgreSQL cannot store.</summary>
    public static (string Field, string Message)? Scan(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        var path = new List<string>();
        string? property = null;
        try
        {
            if (!reader.Read()) return ("body", Messages.NoBody);
            if (reader.TokenType == JsonTokenType.Null) return ("body", Messages.NoBody);
            do
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (Unstorable(property)) return (Field(path, "?"), Messages.BadText("Een veldnaam"));
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(property ?? "");
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (path.Count > 0) path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.String:
                        if (Unstorable(reader.GetString())) return (Field(path, property), Messages.BadText($"'{Field(path, property)}'"));
                        property = null;
                        break;
                    default:
                        property = null;
                        break;
                }
            } while (reader.Read());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // An unpaired surrogate escape (\ud800) cannot become a .NET string: the reader refuses it.
            return (Field(path, property), e is InvalidOperationException ? Messages.BadText($"'{Field(path, property)}'") : Messages.NotJson);
        }
        return null;
    }

    private static string Field(List<string> path, string? property)
    {
        var parts = path.Where(p => p.Length > 0).Append(property).Where(p => !string.IsNullOrEmpty(p));
        var field = string.Join(".", parts);
        return field.Length == 0 ? "body" : field;
    }

    /// <summary>True for text PostgreSQL cannot store: a NUL character, or half a surrogate pair.</summary>
    public static bool Unstorable(string? text)
    {
        if (text is null) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return true;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return true;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return true;
        }
        return false;
    }

    private static class Messages
    {
        public const string EmptyId = "Een id van allemaal nullen bestaat niet.";
        public const string NoBody = "Stuur de gegevens als een JSON-object.";
        public const string NotJson = "Dit is geen geldige JSON.";
        public const string OnlyJson = "De API aanvaardt enkel JSON (Content-Type: application/json).";
        public const string TooLarge = "De gegevens zijn te groot.";
        public static string BadText(string what) => $"{what} bevat een teken dat we niet kunnen bewaren (een nulteken of een half Unicode-teken).";
    }
}
