using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SysMgmt.Bss.CloudInit;

/// <summary>
/// Writes a JSON document as block-style YAML for cloud-config, in the shape Go's yaml.v2 gives (keys sorted,
/// list items at their key's indentation, multi-line strings as literal blocks). Strings that YAML would read as
/// something else (<c>yes</c>, <c>1.0</c>, <c>null</c>, <c>- x</c>…) are double-quoted. Pure.
/// </summary>
internal static partial class YamlWriter
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";
    private static readonly HashSet<string> s_reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf", "-.inf", "+.inf", ".nan",
    };

    public static string Write(JsonObject root)
    {
        var yaml = new StringBuilder();
        if (root.Count == 0)
        {
            return "{}\n";
        }

        WriteMapping(yaml, root, 0, firstLineIndented: true);
        return yaml.ToString();
    }

    private static void WriteMapping(StringBuilder yaml, JsonObject map, int indent, bool firstLineIndented)
    {
        var first = true;
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first || firstLineIndented)
            {
                yaml.Append(' ', indent);
            }

            first = false;
            yaml.Append(Scalar(key)).Append(':');
            WriteValue(yaml, value, indent, inSequence: false);
        }
    }

    private static void WriteValue(StringBuilder yaml, JsonNode? value, int indent, bool inSequence)
    {
        switch (value)
        {
            case JsonObject { Count: 0 }:
                yaml.Append(" {}\n");
                break;
            case JsonObject obj when inSequence:
                yaml.Append(' ');
                WriteMapping(yaml, obj, indent + 2, firstLineIndented: false);
                break;
            case JsonObject obj:
                yaml.Append('\n');
                WriteMapping(yaml, obj, indent + 2, firstLineIndented: true);
                break;
            case JsonArray { Count: 0 }:
                yaml.Append(" []\n");
                break;
            case JsonArray array:
                // yaml.v2 puts a mapping's list items at the key's own indentation; nested lists go deeper.
                var itemIndent = inSequence ? indent + 2 : indent;
                if (inSequence)
                {
                    yaml.Append(' ');
                }
                else
                {
                    yaml.Append('\n');
                }

                var firstItem = true;
                foreach (var item in array)
                {
                    if (!(inSequence && firstItem))
                    {
                        yaml.Append(' ', itemIndent);
                    }

                    firstItem = false;
                    yaml.Append('-');
                    WriteValue(yaml, item, itemIndent, inSequence: true);
                }

                break;
            case null:
                yaml.Append(" null\n");
                break;
            default:
                yaml.Append(' ');
                WriteScalar(yaml, value.AsValue(), indent);
                break;
        }
    }

    private static void WriteScalar(StringBuilder yaml, JsonValue value, int indent)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                if (IsLiteralBlockCandidate(text))
                {
                    WriteLiteralBlock(yaml, text, indent + 2);
                    return;
                }

                yaml.Append(Scalar(text)).Append('\n');
                return;
            case JsonValueKind.True:
                yaml.Append("true\n");
                return;
            case JsonValueKind.False:
                yaml.Append("false\n");
                return;
            case JsonValueKind.Null:
                yaml.Append("null\n");
                return;
            default:
                yaml.Append(value.ToJsonString()).Append('\n');
                return;
        }
    }

    /// <summary>A string as a plain scalar when YAML reads it back as the same string, else double-quoted.</summary>
    private static string Scalar(string text) => NeedsQuotes(text) ? Quote(text) : text;

    private static bool NeedsQuotes(string text) =>
        text.Length == 0
        || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])
        || Indicators.Contains(text[0])
        || text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text[^1] == ':'
        || text.Any(c => char.IsControl(c) || c == '\uFEFF')
        || s_reserved.Contains(text)
        || LooksNumeric(text);

    /// <summary>What YAML 1.1 (PyYAML, which cloud-init uses) resolves to an int, float or timestamp.</summary>
    private static bool LooksNumeric(string text) => ImplicitNumber().IsMatch(text);

    [GeneratedRegex(
        @"^(?:[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
        + @"|[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
        + @"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*"
        + @"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?)$")]
    private static partial Regex ImplicitNumber();

    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) || c == '\uFEFF' => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Multi-line text (scripts, files) reads best as <c>|</c> blocks; only tabs and newlines among controls.</summary>
    private static bool IsLiteralBlockCandidate(string text) =>
        text.Contains('\n') && !text.Any(c => char.IsControl(c) && c is not '\n' and not '\t') && !text.Contains('\uFEFF');

    private static void WriteLiteralBlock(StringBuilder yaml, string text, int indent)
    {
        var trailing = text.Length - text.TrimEnd('\n').Length;
        var chomping = trailing switch { 0 => "-", 1 => "", _ => "+" };
        var body = trailing == 0 ? text : text[..^trailing];
        // A first line that starts with a space needs an explicit indentation width.
        yaml.Append('|').Append(body.StartsWith(' ') ? "2" : "").Append(chomping).Append('\n');
        foreach (var line in body.Split('\n'))
        {
            if (line.Length > 0)
            {
                yaml.Append(' ', indent).Append(line);
            }

            yaml.Append('\n');
        }

        for (var i = 1; i < trailing; i++)
        {
            yaml.Append('\n');
        }
    }
}
