using System.Text;

namespace CaseFlow.Web.Tests;

/// <summary>导入 Elsa JSON in the definition list: a file from Elsa Studio becomes a draft, its problems or its dry run are shown.</summary>
[Collection(WebCollection.Name)]
public sealed class ElsaImportTests(WebFixture web)
{
    private const string Document = """
        {
          "$schema": "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json",
          "definitionId": "elsa-browser-import", "name": "Elsa 浏览器导入", "version": 1,
          "root": {
            "type": "Elsa.Flowchart", "id": "Workflow1",
            "activities": [
              { "id": "start1", "type": "Elsa.Start" },
              { "id": "hello", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "来自 Elsa 的问候" } } }
            ],
            "connections": [ { "source": { "activity": "start1", "port": "Done" }, "target": { "activity": "hello", "port": "In" } } ]
          }
        }
        """;

    [Fact]
    public async Task A_designer_imports_an_elsa_file_and_dry_runs_the_draft()
    {
        var page = await web.NewPageAsync();
        await WebFixture.SignInAsync(page, "designer", "CaseFlow-designer-2026");
        await page.GetByTestId("nav").GetByText("流程设计").ClickAsync();

        await page.GetByTestId("import-elsa-file").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "hello.elsa.json", MimeType = "application/json", Buffer = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Document)],
        });
        await page.GetByText("已保存为草稿：elsa-browser-import v1").WaitForAsync();
        await page.GetByTestId("import-elsa-dry-run").ClickAsync();

        var run = page.GetByTestId("dry-run");
        await run.GetByText("来自 Elsa 的问候").WaitForAsync();
        (await run.GetByTestId("dry-run-step").CountAsync()).ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task A_file_that_is_not_json_is_refused_in_the_browser()
    {
        var page = await web.NewPageAsync();
        await WebFixture.SignInAsync(page, "designer", "CaseFlow-designer-2026");
        await page.GetByTestId("nav").GetByText("流程设计").ClickAsync();

        await page.GetByTestId("import-elsa-file").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "broken.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("{ \"definitionId\": "),
        });

        await page.GetByTestId("import-elsa-error").GetByText("所选文件不是 JSON 文件。").WaitForAsync();
    }
}
