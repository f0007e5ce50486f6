using System.Text;
using System.Text.Json.Nodes;

namespace CaseFlow.Elsa.Tests;

/// <summary>What CaseFlow cannot run is listed, each by id and type; no document, however broken, gets anything but a result.</summary>
public sealed class ElsaProblemsTests
{
    [Fact]
    public void Every_unsupported_activity_and_expression_is_named_with_its_id_and_type()
    {
        var h = new ElsaHarness();
        var result = ElsaImporter.Import(ElsaHarness.Fixture("unsupported.json"));
        var problems = h.Problems(result);

        problems.ShouldContain(p => p.Code == "elsa-unsupported-activity" && p.Path == "activities[http1].type" && p.Message.Contains("Elsa.HttpEndpoint"));
        problems.ShouldContain(p => p.Code == "elsa-unsupported-activity" && p.Path == "activities[email1].type" && p.Message.Contains("Elsa.SendEmail"));
        problems.ShouldContain(p => p.Code == "elsa-unsupported-expression" && p.Path == "activities[cs1].text" && p.Message.Contains("CSharp"));
        problems.ShouldContain(p => p.Code == "elsa-unsupported-expression" && p.Path == "activities[liquid1].text" && p.Message.Contains("Liquid"));
        problems.ShouldContain(p => p.Code == "elsa-unsupported-expression" && p.Path == "activities[py1].condition" && p.Message.Contains("Python"));
        // Nothing is dropped: the unsupported activities stay in the draft, under their Elsa type, with their connections.
        result.Definition!.FindActivity("http1")!.Type.ShouldBe("Elsa.HttpEndpoint");
        result.Definition.Root.Connections.ShouldContain(c => c.From == "http1" && c.To == "cs1");
    }

    [Fact]
    public void A_connection_to_a_missing_activity_and_an_unknown_port_are_reported()
    {
        var doc = JsonNode.Parse(ElsaHarness.Fixture("hello-world.json"))!.AsObject();
        var connections = doc["root"]!["connections"]!.AsArray();
        connections.Add(JsonNode.Parse("""{"source":{"activity":"writeLine1","port":"Done"},"target":{"activity":"ghost","port":"In"}}"""));
        connections.Add(JsonNode.Parse("""{"source":{"activity":"start1","port":"Nowhere"},"target":{"activity":"end1","port":"In"}}"""));

        var problems = new ElsaHarness().Problems(ElsaImporter.Import(doc.ToJsonString()));

        problems.ShouldContain(p => p.Code == "dangling" && p.Message.Contains("ghost"));
        problems.ShouldContain(p => p.Code == "unknown-port" && p.Message.Contains("Nowhere"));
    }

    [Fact]
    public void A_fork_connection_on_a_port_that_is_not_one_of_its_branches_is_reported_since_Elsa_never_follows_it()
    {
        var doc = JsonNode.Parse(ElsaHarness.Fixture("fork-join-all.json"))!.AsObject();
        var fork = doc["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "fork1")!;
        fork["branches"]!["expression"]!["value"] = "[\"Left\"]";

        var problems = new ElsaHarness().Problems(ElsaImporter.Import(doc.ToJsonString()));

        problems.ShouldContain(p => p.Code == "unknown-port" && p.Message.Contains("'fork1' has no port 'Right'"));
    }

    [Fact]
    public void A_child_result_bound_to_a_declared_variable_is_no_problem_but_one_bound_to_an_undeclared_variable_is()
    {
        var h = new ElsaHarness();
        h.Problems(ElsaImporter.Import(ElsaHarness.Fixture("parent-result.json"))).ShouldBeEmpty();
        var doc = JsonNode.Parse(ElsaHarness.Fixture("parent-result.json"))!.AsObject();
        doc["variables"] = new JsonArray();

        var problems = h.Problems(ElsaImporter.Import(doc.ToJsonString()));

        problems.ShouldContain(p => p.Code == "elsa-unsupported-output" && p.Path == "activities[child].result" && p.Message.Contains("v-child-output"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{\"root\": 5}")]
    [InlineData("{\"definitionId\": 7, \"root\": {\"activities\": {\"a\": 1}, \"connections\": \"x\"}}")]
    [InlineData("{\"root\": {\"activities\": [{\"id\": [1], \"type\": {\"a\": 1}, \"metadata\": []}]}}")]
    public void A_document_of_the_wrong_shape_gives_problems_not_an_exception(string json)
    {
        var result = Should.NotThrow(() => ElsaImporter.Import(json));
        new ElsaHarness().Problems(result).ShouldNotBeEmpty();
    }

    [Fact]
    public void Truncated_and_mutated_fixtures_never_throw()
    {
        var h = new ElsaHarness();
        var random = new Random(15);
        var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json");
        var runs = 0;
        foreach (var file in fixtures)
        {
            var bytes = File.ReadAllBytes(file);
            for (var i = 0; i < 40; i++)
            {
                var mutated = i % 2 == 0 ? bytes[..random.Next(bytes.Length)] : Mutate(bytes, random);
                var result = Should.NotThrow(() => ElsaImporter.Import(mutated), Encoding.UTF8.GetString(mutated));
                if (result.Definition is { } d) Should.NotThrow(() => h.Validator.Validate(d));
                runs++;
            }
        }
        runs.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void Structurally_mutated_documents_never_throw()
    {
        var h = new ElsaHarness();
        var random = new Random(26);
        JsonNode[] junk = [JsonValue.Create(1)!, JsonValue.Create("x")!, new JsonArray(), new JsonObject(), JsonValue.Create(true)!];
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json"))
            for (var i = 0; i < 30; i++)
            {
                var doc = JsonNode.Parse(File.ReadAllBytes(file).AsSpan(File.ReadAllBytes(file)[0] == 0xEF ? 3 : 0))!;
                var targets = Walk(doc).Where(n => n.Parent is JsonObject).ToList();
                var victim = targets[random.Next(targets.Count)];
                var parent = (JsonObject)victim.Parent!;
                var key = parent.First(p => ReferenceEquals(p.Value, victim)).Key;
                parent[key] = random.Next(3) == 0 ? null : junk[random.Next(junk.Length)].DeepClone();
                var result = Should.NotThrow(() => ElsaImporter.Import(doc.ToJsonString()));
                if (result.Definition is { } d) Should.NotThrow(() => h.Validator.Validate(d));
            }
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var n = 0; n < 1 + random.Next(4); n++) copy[random.Next(copy.Length)] = (byte)"{}[]\",:0a \\"[random.Next(11)];
        return copy;
    }

    private static IEnumerable<JsonNode> Walk(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a, _ => [] };
        foreach (var child in children.OfType<JsonNode>())
            foreach (var n in Walk(child)) yield return n;
    }
}
