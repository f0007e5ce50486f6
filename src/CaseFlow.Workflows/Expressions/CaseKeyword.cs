using System.Text;

namespace CaseFlow.Workflows.Expressions;

/// <summary>
/// Expressions read the subject as <c>case</c> (docs/decisions.md, decision 16), but <c>case</c> is a JavaScript keyword, so <c>case.status</c> cannot parse.
/// This rewrites each value use of <c>case</c> (followed by <c>.</c>, <c>?.</c>, <c>[</c>, a comparison, a closing bracket, a separator
/// or the end) to <c>globalThis.case</c>, leaving strings, comments, property names and <c>switch</c> labels alone.
/// </summary>
internal static class CaseKeyword
{
    private const string Keyword = "case";
    private const string Replacement = "globalThis.case";

    public static string Rewrite(string text)
    {
        if (!text.Contains(Keyword, StringComparison.Ordinal)) return text;
        var output = new StringBuilder(text.Length + 16);
        var i = 0;
        Code(text, ref i, output, insideTemplate: false);
        return output.ToString();
    }

    /// <summary>Copies code up to the end, or up to the <c>}</c> closing a template substitution.</summary>
    private static void Code(string text, ref int i, StringBuilder output, bool insideTemplate)
    {
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\'' or '"') { Quoted(text, ref i, output, c); continue; }
            if (c == '`') { Template(text, ref i, output); continue; }
            if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                var end = text[i + 1] == '/' ? text.IndexOf('\n', i) : text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : text[i + 1] == '/' ? end : end + 2;
                output.Append(text, i, end - i);
                i = end;
                continue;
            }
            if (c == '{') depth++;
            if (c == '}' && depth-- == 0 && insideTemplate) return;
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i])) i++;
                var word = text.AsSpan(start, i - start);
                output.Append(word.SequenceEqual(Keyword) && !AfterDot(text, start) && IsValueUse(text, i) ? Replacement : word);
                continue;
            }
            output.Append(c);
            i++;
        }
    }

    private static void Quoted(string text, ref int i, StringBuilder output, char quote)
    {
        output.Append(text[i++]);
        while (i < text.Length)
        {
            var c = text[i++];
            output.Append(c);
            if (c == '\\' && i < text.Length) output.Append(text[i++]);
            else if (c == quote) return;
        }
    }

    private static void Template(string text, ref int i, StringBuilder output)
    {
        output.Append(text[i++]);
        while (i < text.Length)
        {
            var c = text[i++];
            output.Append(c);
            if (c == '\\' && i < text.Length) output.Append(text[i++]);
            else if (c == '`') return;
            else if (c == '$' && i < text.Length && text[i] == '{')
            {
                output.Append(text[i++]);
                Code(text, ref i, output, insideTemplate: true);
                if (i < text.Length) output.Append(text[i++]);
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    private static bool AfterDot(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j])) j--;
        return j >= 0 && text[j] == '.';
    }

    private static bool IsValueUse(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        if (rest.IsEmpty) return true;
        return rest[0] is '.' or '[' or ')' or ']' or ',' or ';' or '}'
            || rest.StartsWith("?.") || rest.StartsWith("==") || rest.StartsWith("!=") || rest.StartsWith("&&")
            || rest.StartsWith("||") || rest.StartsWith("??");
    }
}
