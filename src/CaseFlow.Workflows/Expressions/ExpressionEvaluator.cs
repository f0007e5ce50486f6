using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;

namespace CaseFlow.Workflows.Expressions;

public sealed record ExpressionLimits(TimeSpan Timeout, int MaxStatements, long MaxMemoryBytes, int MaxRecursion)
{
    public static readonly ExpressionLimits Default = new(TimeSpan.FromMilliseconds(500), 200_000, 16 * 1024 * 1024, 64);
}

/// <summary>
/// JavaScript expressions over JSON snapshots (docs/decisions.md, decision 16): a fresh sandboxed Jint engine per evaluation
/// (no CLR access, bounded time, statements, memory and recursion), parsed scripts cached by their text.
/// </summary>
public sealed class ExpressionEvaluator(ExpressionLimits? limits = null)
{
    private readonly ConcurrentDictionary<string, Prepared<Script>> _scripts = new(StringComparer.Ordinal);

    public ExpressionLimits Limits { get; } = limits ?? ExpressionLimits.Default;

    /// <summary>Evaluates <paramref name="expression"/> with each property of <paramref name="scope"/> as a global; returns its JSON value.</summary>
    public JsonNode? Evaluate(string expression, JsonObject scope)
    {
        Prepared<Script> script;
        try
        {
            script = Prepare(expression);
        }
        catch (Exception ex)
        {
            throw new ExpressionException($"Expression does not parse: {ex.Message} ({Shorten(expression)})", ex);
        }
        var engine = new Engine(options => options
            .Strict()
            .TimeoutInterval(Limits.Timeout)
            .MaxStatements(Limits.MaxStatements)
            .LimitMemory(Limits.MaxMemoryBytes)
            .LimitRecursion(Limits.MaxRecursion));
        var parser = new JsonParser(engine);
        foreach (var (name, value) in scope)
            engine.SetValue(name, parser.Parse(value?.ToJsonString() ?? "null"));

        try
        {
            var result = engine.Evaluate(script);
            return ToJson(engine, result);
        }
        catch (Exception ex) when (ex is not ExpressionException)
        {
            throw new ExpressionException($"Expression failed: {ex.Message} ({Shorten(expression)})", ex);
        }
    }

    /// <summary>Null when the text parses; otherwise the parser's message.</summary>
    public string? ParseError(string expression)
    {
        try
        {
            Prepare(expression);
            return null;
        }
        catch (Exception ex)
        {
            return ex.Message;
        }
    }

    // `case` is a JavaScript keyword: value uses of it (case.status) are rewritten to read the global of that name.
    private Prepared<Script> Prepare(string expression) =>
        _scripts.GetOrAdd(expression, static text => Engine.PrepareScript(CaseKeyword.Rewrite(text), strict: true));

    private static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return null;
        if (value.IsBoolean()) return JsonValue.Create(value.AsBoolean());
        if (value.IsString()) return JsonValue.Create(value.AsString());
        if (value.IsNumber())
        {
            var number = value.AsNumber();
            return number == Math.Floor(number) && Math.Abs(number) < 9e15 ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }
        var text = new JsonSerializer(engine).Serialize(value);
        return text.IsUndefined() ? null : JsonNode.Parse(text.AsString());
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}

public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
