using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.DemoYear;

/// <summary>The few HTTP calls the generator makes, each failing loudly with the server's problem text.</summary>
internal static class Api
{
    public static async Task<JsonNode> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode?> PostAsync(HttpClient client, string url, JsonNode? body)
    {
        var (ok, text, status) = await TryPostAsync(client, url, body);
        if (!ok) throw new InvalidOperationException($"POST {url} answered {status}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>A post whose refusal the caller handles (a task of a kind the generator does not know).</summary>
    public static async Task<(bool Ok, string Text, int Status)> TryPostAsync(HttpClient client, string url, JsonNode? body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        return (response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(), (int)response.StatusCode);
    }

    public static string Str(JsonNode? node) => node?.GetValue<string>() ?? "";
}
