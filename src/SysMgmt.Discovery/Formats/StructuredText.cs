using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SysMgmt.Discovery.Formats;

/// <summary>
/// JSON and YAML as one data model (<see cref="JsonNode"/>): the engine builds JSON, and a user who asks for YAML
/// gets the same tree with the same keys. Reading accepts either, so magellan's YAML files load too.
/// </summary>
public static class StructuredText
{
    // Output is read by people and tools, not embedded in HTML: no \u0027 for an apostrophe.
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The format a file's extension names (<c>.yaml</c>, <c>.yml</c>), else JSON.</summary>
    public static DataFormat FromExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml" ? DataFormat.Yaml : DataFormat.Json;

    /// <summary>The file extension for <paramref name="format"/>, with its dot.</summary>
    public static string Extension(DataFormat format) => format == DataFormat.Yaml ? ".yaml" : ".json";

    public static string Write(JsonNode? value, DataFormat format) =>
        format == DataFormat.Yaml ? ToYaml(value) : (value?.ToJsonString(s_indented) ?? "null") + "\n";

    /// <summary>Parses JSON or YAML (JSON is YAML too, but JSON is read as JSON for exact numbers and strings).</summary>
    /// <exception cref="FormatException">The text is neither; the message says where.</exception>
    public static JsonNode? Read(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException exception)
            {
                throw new FormatException($"invalid JSON: {exception.Message}", exception);
            }
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : FromYaml(stream.Documents[0].RootNode);
        }
        catch (YamlException exception)
        {
            throw new FormatException($"invalid YAML at line {exception.Start.Line}, column {exception.Start.Column}: {exception.Message}", exception);
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's loader reports some malformed flow collections this way.
            throw new FormatException("invalid YAML: a collection is not closed", exception);
        }
    }

    private static string ToYaml(JsonNode? value)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, value);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Emit(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                emitter.Emit(new MappingStart());
                foreach (var (key, child) in obj)
                {
                    emitter.Emit(new Scalar(key));
                    Emit(emitter, child);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Any));
                foreach (var child in array)
                {
                    Emit(emitter, child);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String:
                // Quoted when a plain scalar would read back as something else ("true", "1.0", "null", "").
                var text = scalar.GetValue<string>();
                emitter.Emit(new Scalar(null, null, text, ReadsAsString(text) ? ScalarStyle.Any : ScalarStyle.DoubleQuoted, true, true));
                break;
            case JsonValue scalar:
                emitter.Emit(new Scalar(scalar.ToJsonString()));
                break;
            default:
                emitter.Emit(new Scalar("null"));
                break;
        }
    }

    private static bool ReadsAsString(string text) =>
        text.Length > 0 && Plain(text) is JsonValue value && value.GetValueKind() == JsonValueKind.String;

    private static JsonNode? FromYaml(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(Key(pair.Key), FromYaml(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(FromYaml)]),
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded } quoted =>
            JsonValue.Create(quoted.Value ?? ""),
        YamlScalarNode scalar => Plain(scalar.Value ?? ""),
        _ => null,
    };

    private static string Key(YamlNode key) => key is YamlScalarNode { Value: var value }
        ? value ?? ""
        : throw new FormatException($"invalid YAML at line {key.Start.Line}: a mapping key must be a plain value");

    /// <summary>A plain YAML scalar: null, a boolean, a number, or else a string (YAML 1.2 core schema).</summary>
    private static JsonNode? Plain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && !double.IsInfinity(real)
            && text.Any(char.IsAsciiDigit) => JsonValue.Create(real),
        _ => JsonValue.Create(text),
    };
}
