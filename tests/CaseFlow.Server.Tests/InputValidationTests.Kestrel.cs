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
