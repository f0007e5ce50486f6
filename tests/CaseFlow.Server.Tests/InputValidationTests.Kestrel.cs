using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.TestSupport;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>The body limit under Kestrel itself (the in-process test server has no body limits of its own), declared and chunked.</summary>
public sealed class BodyLimitUnderKestrelTests
{
    [Fact]
    public async Task Kestrel_answers_an_oversized_body_with_the_413_problem_declared_or_chunked_and_stores_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("caseflow-body-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(folder, Path.Combine(folder, "caseflow.db"), null, "--Logging:LogLevel:Default=Warning");
            using var http = server.CreateClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.BearerTokenAsync(http, DemoUsers.Clerk));
            var total = (await http.GetFromJsonAsync<JsonObject>("/api/cases"))!["total"]!.GetValue<int>();

            var body = IdCardBody();
            body["applicant"]!["address"] = new string('a', 3 * 1024 * 1024);
            var json = body.ToJsonString();
            foreach (var content in new HttpContent[] { new StringContent(json, Encoding.UTF8, "application/json"), new ChunkedJson(json) })
            {
                using var response = await http.PostAsync("/api/cases", content);
                var text = await response.Content.ReadAsStringAsync();
                response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, $"{content.GetType().Name}: {text}\n{server.Output}");
                var problem = JsonNode.Parse(text)!;
                Str(problem["type"]).ShouldBe("urn:caseflow:problem:too-large");
                problem["limit"]!.GetValue<long>().ShouldBe(2 * 1024 * 1024);
            }
            (await http.GetFromJsonAsync<JsonObject>("/api/cases"))!["total"]!.GetValue<int>().ShouldBe(total);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// A NUL in the path is not HTTP the application ever sees: Kestrel refuses the request line with a bare 400 and closes
    /// the connection before any middleware runs (docs/decisions.md, decision 19). What we promise is that it changes
    /// nothing and the server goes on answering.
    /// </summary>
    [Fact]
    public async Task A_nul_in_the_path_is_refused_by_kestrel_with_400_and_changes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("caseflow-nul-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(folder, Path.Combine(folder, "caseflow.db"), null, "--Logging:LogLevel:Default=Warning");
            using var http = server.CreateClient();
            var token = await SignIn.BearerTokenAsync(http, DemoUsers.Clerk);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var total = (await http.GetFromJsonAsync<JsonObject>("/api/cases"))!["total"]!.GetValue<int>();

            using var tcp = new System.Net.Sockets.TcpClient();
            await tcp.ConnectAsync(http.BaseAddress!.Host, http.BaseAddress.Port);
            var stream = tcp.GetStream();
            var body = IdCardBody().ToJsonString();
            var request = $"POST /api/cases%00/x HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\n" +
                          $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
            var answer = await new StreamReader(stream, Encoding.ASCII).ReadToEndAsync();
            answer.ShouldStartWith("HTTP/1.1 400", Case.Sensitive, answer);

            (await http.GetFromJsonAsync<JsonObject>("/api/cases"))!["total"]!.GetValue<int>().ShouldBe(total, "nothing was stored");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>JSON sent chunked, without a Content-Length.</summary>
    private sealed class ChunkedJson : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedJson(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
