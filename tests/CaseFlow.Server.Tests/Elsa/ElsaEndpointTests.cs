using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.Elsa;
using CaseFlow.Workflows.Definitions;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Elsa;

/// <summary>POST /api/definitions/import/elsa and GET /api/definitions/{id}/export/elsa, and an imported draft in the dry run.</summary>
public sealed class ElsaEndpointTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    /// <summary>An Elsa 3 document: Start → WriteLine → FlowDecision → WriteLine (each port), no End (Elsa needs none).</summary>
    public static JsonObject HelloWorld(string definitionId) => JsonNode.Parse($$"""
        {
          "$schema": "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json",
          "definitionId": "{{definitionId}}", "name": "Elsa 导入", "version": 1, "toolVersion": "3.2.0.0",
          "variables": [{ "id": "v1", "name": "Age", "typeName": "Int32", "value": "20" }],
          "root": {
            "type": "Elsa.Flowchart", "id": "Workflow1",
            "activities": [
              { "id": "start1", "type": "Elsa.Start", "metadata": { "designer": { "position": { "x": 10, "y": 20 } } } },
              { "id": "hello", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "你好" } } },
              { "id": "adult", "type": "Elsa.FlowDecision", "condition": { "typeName": "Boolean", "expression": { "type": "JavaScript", "value": "getVariable('Age') >= 18" } } },
              { "id": "yes", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "成年" } } },
              { "id": "no", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "未成年" } } }
            ],
            "connections": [
              { "source": { "activity": "start1", "port": "Done" }, "target": { "activity": "hello", "port": "In" } },
              { "source": { "activity": "hello", "port": "Done" }, "target": { "activity": "adult", "port": "In" } },
              { "source": { "activity": "adult", "port": "True" }, "target": { "activity": "yes", "port": "In" } },
              { "source": { "activity": "adult", "port": "False" }, "target": { "activity": "no", "port": "In" } }
            ]
          }
        }
        """)!.AsObject();

    [Fact]
    public async Task An_imported_elsa_document_becomes_a_valid_draft_whose_dry_run_writes_its_lines()
    {
        var designer = await app.DesignerAsync();
        var imported = await PostOkAsync(designer, "/api/definitions/import/elsa", HelloWorld("elsa-import-ok"));

        imported["isValid"]!.GetValue<bool>().ShouldBeTrue(imported.ToJsonString());
        imported["draft"]!["definitionId"]!.GetValue<string>().ShouldBe("elsa-import-ok");
        imported["draft"]!["isPublished"]!.GetValue<bool>().ShouldBeFalse();
        var saved = await GetJsonAsync(designer, "/api/definitions/elsa-import-ok");
        saved["root"]!["activities"]!.AsArray().ShouldContain(a => a!["id"]!.GetValue<string>() == "hello" && a["type"]!.GetValue<string>() == "Log");

        var run = await PostOkAsync(designer, "/api/definitions/dry-run", new JsonObject { ["definition"] = imported["definition"]!.DeepClone() });
        run["status"]!.GetValue<string>().ShouldBe("finished", run.ToJsonString());
        run["path"]!.AsArray().Where(s => s!["activityType"]!.GetValue<string>() == "Log" && s["event"]!.GetValue<string>() == "Completed")
            .Select(s => s!["message"]!.GetValue<string>()).ShouldBe(["你好", "成年"]);
    }

    [Fact]
    public async Task Unsupported_activities_are_listed_in_the_result_and_the_draft_is_still_saved()
    {
        var designer = await app.DesignerAsync();
        var doc = HelloWorld("elsa-import-http");
        doc["root"]!["activities"]!.AsArray().Add(JsonNode.Parse("""{ "id": "http1", "type": "Elsa.HttpEndpoint", "path": { "typeName": "String", "expression": { "type": "Literal", "value": "/x" } } }"""));
        doc["root"]!["connections"]!.AsArray().Add(JsonNode.Parse("""{ "source": { "activity": "yes", "port": "Done" }, "target": { "activity": "http1", "port": "In" } }"""));

        var imported = await PostOkAsync(designer, "/api/definitions/import/elsa", doc);

        imported["isValid"]!.GetValue<bool>().ShouldBeFalse();
        imported["problems"]!.AsArray().ShouldContain(p => p!["code"]!.GetValue<string>() == "elsa-unsupported-activity" && p["path"]!.GetValue<string>() == "activities[http1].type");
        (await designer.GetAsync("/api/definitions/elsa-import-http")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{\"definitionId\": ", "body")]
    [InlineData("[1, 2]", "body")]
    [InlineData("{\"definitionId\": \"bad id!\", \"name\": \"x\", \"root\": {\"type\": \"Elsa.Flowchart\", \"activities\": []}}", "definitionId")]
    public async Task A_body_that_is_not_a_storable_elsa_definition_is_a_problem_naming_the_field(string body, string field)
    {
        var designer = await app.DesignerAsync();
        var response = await designer.PostAsync("/api/definitions/import/elsa", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
        problem["errors"]!.AsObject().ContainsKey(field).ShouldBeTrue(problem.ToJsonString());
    }

    [Fact]
    public async Task A_document_beyond_the_definition_bounds_is_refused_naming_the_field()
    {
        var designer = await app.DesignerAsync();
        var doc = HelloWorld("elsa-import-big");
        var activities = doc["root"]!["activities"]!.AsArray();
        for (var i = 0; i < 500; i++)
            activities.Add(JsonNode.Parse($$"""{ "id": "line{{i}}", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "x" } } }"""));

        var response = await designer.PostAsJsonAsync("/api/definitions/import/elsa", doc);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!["errors"]!.AsObject().ContainsKey("root.activities").ShouldBeTrue();
        (await designer.GetAsync("/api/definitions/elsa-import-big")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_designers_import()
    {
        var clerk = await app.ClerkAsync();
        var response = await clerk.PostAsJsonAsync("/api/definitions/import/elsa", HelloWorld("elsa-import-clerk"));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_export_is_an_elsa_document_that_imports_as_the_same_definition()
    {
        var designer = await app.DesignerAsync();
        var stored = DefinitionJson.Parse((await GetJsonAsync(designer, "/api/definitions/local-approval")).ToJsonString());

        var response = await designer.GetAsync("/api/definitions/local-approval/export/elsa");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        var doc = JsonNode.Parse(text)!;
        doc["root"]!["type"]!.GetValue<string>().ShouldBe("Elsa.Flowchart");
        var back = ElsaImporter.Import(text);
        back.Problems.ShouldBeEmpty();
        DefinitionJson.Serialize(back.Definition!).ShouldBe(DefinitionJson.Serialize(new WorkflowDefinition
        {
            DefinitionId = stored.DefinitionId, Name = stored.Name, Description = stored.Description, Version = stored.Version,
            IsLatest = back.Definition!.IsLatest, IsPublished = back.Definition.IsPublished, Variables = stored.Variables, Root = stored.Root,
        }));
    }

    [Fact]
    public async Task Exporting_an_unknown_definition_is_404()
    {
        var designer = await app.DesignerAsync();
        (await designer.GetAsync("/api/definitions/no-such-definition/export/elsa")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
