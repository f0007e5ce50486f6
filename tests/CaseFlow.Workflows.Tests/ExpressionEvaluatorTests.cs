using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Tests;

public sealed class ExpressionEvaluatorTests
{
    private static JsonObject Scope(int amount = 0) => new() { ["vars"] = new JsonObject { ["amount"] = amount } };

    [Theory]
    [InlineData("typeof System === 'undefined'")]
    [InlineData("typeof importNamespace === 'undefined'")]
    [InlineData("typeof clrHelper === 'undefined'")]
    [InlineData("Object.getPrototypeOf(vars) === Object.prototype")]
    public void Expressions_have_no_access_to_the_CLR(string expression)
    {
        var evaluator = new ExpressionEvaluator();

        evaluator.Evaluate(expression, Scope())!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void An_expression_cannot_change_the_snapshot_it_was_given()
    {
        var evaluator = new ExpressionEvaluator();
        var scope = Scope(amount: 1);

        evaluator.Evaluate("vars.amount = 99; vars.amount", scope)!.GetValue<long>().ShouldBe(99);

        scope["vars"]!["amount"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public void An_endless_loop_is_stopped_quickly()
    {
        var evaluator = new ExpressionEvaluator();
        var watch = Stopwatch.StartNew();

        Should.Throw<ExpressionException>(() => evaluator.Evaluate("while (true) {}", Scope()));

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void An_expression_that_allocates_without_bound_hits_the_memory_limit()
    {
        // Time and statements are generous so only the memory limit can stop it.
        var evaluator = new ExpressionEvaluator(new ExpressionLimits(TimeSpan.FromSeconds(30), int.MaxValue, 16 * 1024 * 1024, 64));

        var error = Should.Throw<ExpressionException>(() => evaluator.Evaluate("let a = []; while (true) a.push(new Array(100000))", Scope()));

        error.InnerException.ShouldBeOfType<Jint.Runtime.MemoryLimitExceededException>();
    }

    [Fact]
    public void An_expression_that_runs_too_many_statements_is_stopped_by_the_statement_limit()
    {
        var evaluator = new ExpressionEvaluator(new ExpressionLimits(TimeSpan.FromSeconds(30), 1_000, 64 * 1024 * 1024, 64));

        evaluator.Evaluate("let s = 0; for (let i = 0; i < 10; i++) { s += i; } s", Scope())!.GetValue<long>().ShouldBe(45);
        var error = Should.Throw<ExpressionException>(() => evaluator.Evaluate("let s = 0; for (let i = 0; i < 100000; i++) { s += i; } s", Scope()));
        error.InnerException.ShouldBeOfType<Jint.Runtime.StatementsCountOverflowException>();
    }

    [Fact]
    public void Deep_recursion_is_stopped_by_the_recursion_limit()
    {
        var evaluator = new ExpressionEvaluator();

        Should.Throw<ExpressionException>(() => evaluator.Evaluate("function f(n) { return f(n + 1); } f(0)", Scope()));
    }

    [Theory]
    [InlineData("vars.amount >")]
    [InlineData("if (")]
    [InlineData("'unterminated")]
    public void ParseError_reports_an_expression_that_does_not_parse(string expression)
    {
        new ExpressionEvaluator().ParseError(expression).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void ParseError_is_null_for_an_expression_that_parses()
    {
        new ExpressionEvaluator().ParseError("vars.amount > 10 ? 'large' : 'small'").ShouldBeNull();
    }

    [Fact]
    public void Evaluating_an_expression_that_does_not_parse_fails_as_an_expression_error()
    {
        Should.Throw<ExpressionException>(() => new ExpressionEvaluator().Evaluate("vars.amount >", Scope()));
    }

    [Fact]
    public void A_cached_script_gives_each_evaluation_its_own_scope()
    {
        var evaluator = new ExpressionEvaluator();
        const string expression = "vars.amount * 2";
        evaluator.ParseError(expression).ShouldBeNull();

        evaluator.Evaluate(expression, Scope(amount: 3))!.GetValue<long>().ShouldBe(6);
        evaluator.Evaluate(expression, Scope(amount: 21))!.GetValue<long>().ShouldBe(42);
        evaluator.Evaluate(expression, Scope(amount: 21))!.GetValue<long>().ShouldBe(42);
    }

    [Theory]
    [InlineData("case.status", "open")]
    [InlineData("case['status'] + '/' + case?.missing?.x", "open/undefined")]
    [InlineData("'in case. ' + case.status", "in case. open")]
    [InlineData("`${case.status}: ${vars.case}`", "open: 合同")]
    [InlineData("(() => { switch (case.status) { case 'open': return 'yes'; default: return 'no'; } })()", "yes")]
    [InlineData("JSON.stringify(case) === '{\"status\":\"open\"}' && case !== null ? ({ case: 'p' }).case : 'no'", "p")]
    public void Expressions_read_the_subject_as_case_although_case_is_a_keyword(string expression, string expected)
    {
        var evaluator = new ExpressionEvaluator();
        var scope = new JsonObject { ["case"] = new JsonObject { ["status"] = "open" }, ["vars"] = new JsonObject { ["case"] = "合同" } };

        evaluator.ParseError(expression).ShouldBeNull();
        evaluator.Evaluate(expression, scope)!.GetValue<string>().ShouldBe(expected);
    }

    [Fact]
    public void Results_come_back_as_JSON()
    {
        var evaluator = new ExpressionEvaluator();

        evaluator.Evaluate("({ n: vars.amount / 2, list: [1, 'a'], none: null })", Scope(amount: 5))!.ToJsonString()
            .ShouldBe("""{"n":2.5,"list":[1,"a"],"none":null}""");
        evaluator.Evaluate("undefined", Scope()).ShouldBeNull();
        evaluator.Evaluate("'办件'", Scope())!.GetValue<string>().ShouldBe("办件");
    }
}
