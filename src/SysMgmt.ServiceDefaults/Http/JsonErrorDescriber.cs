using System.Text.Json;

namespace SysMgmt.ServiceDefaults.Http;

/// <summary>Turns System.Text.Json's exception text into a message a client can act on.</summary>
public static class JsonErrorDescriber
{
    private const string ConversionPrefix = "The JSON value could not be converted to ";
    private const string UnmappedPrefix = "The JSON property '";

    public static string Describe(JsonException exception)
    {
        var field = FieldName(exception.Path);
        if (exception.Message.StartsWith(ConversionPrefix, StringComparison.Ordinal))
        {
            return $"field '{field}' has the wrong type: expected {ExpectedKind(exception.Message)}";
        }

        if (exception.Message.StartsWith(UnmappedPrefix, StringComparison.Ordinal) && exception.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            // A type that refuses unknown members ([JsonUnmappedMemberHandling(Disallow)]): say which one.
            var name = exception.Message[UnmappedPrefix.Length..].Split('\'', 2)[0];
            return $"unknown field '{(field.EndsWith(name, StringComparison.Ordinal) ? field : name)}'";
        }

        if (exception.Message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "a JSON object body is required";
        }

        var position = exception.LineNumber is { } line
            ? $" at line {line + 1}, position {exception.BytePositionInLine + 1}"
            : "";
        return $"malformed JSON{position} (near '{field}')";
    }

    /// <summary><c>$.a.b</c> → <c>a.b</c>; <c>$[0].a</c> (a body that is an array) → <c>[0].a</c>.</summary>
    private static string FieldName(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "(body)" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string ExpectedKind(string message)
    {
        var typeName = message[ConversionPrefix.Length..].Split(". Path", 2)[0];
        return typeName switch
        {
            _ when typeName.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
            _ when typeName.Contains("System.Int", StringComparison.Ordinal) => "an integer",
            _ when typeName.Contains("System.UInt", StringComparison.Ordinal) => "a non-negative integer",
            _ when typeName.Contains("System.Double", StringComparison.Ordinal) || typeName.Contains("System.Decimal", StringComparison.Ordinal) => "a number",
            "System.String" => "a string",
            _ when typeName.Contains("List`1", StringComparison.Ordinal) || typeName.EndsWith("[]", StringComparison.Ordinal)
                || typeName.Contains("IReadOnlyList", StringComparison.Ordinal) => "an array",
            _ when typeName.Contains("DateTime", StringComparison.Ordinal) => "an RFC 3339 timestamp",
            _ => "an object",
        };
    }
}
