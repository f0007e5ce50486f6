using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.TestSupport;

/// <summary>Signs in through POST /api/auth/login, as scripts and systems do: a bearer token, no cookie.</summary>
public static class SignIn
{
    /// <summary>The access token; a refused sign-in throws with the status and the problem the server answered.</summary>
    public static async Task<string> BearerTokenAsync(HttpClient http, string userName, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password });
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
            throw new InvalidOperationException($"Sign-in of {userName} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["accessToken"]!.GetValue<string>();
    }

    public static Task<string> BearerTokenAsync(HttpClient http, DemoUser user) => BearerTokenAsync(http, user.UserName, user.Password);
}
