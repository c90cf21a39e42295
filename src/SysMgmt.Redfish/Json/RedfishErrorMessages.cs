using System.Text.Json;

namespace SysMgmt.Redfish.Json;

/// <summary>The human part of a Redfish error body, for exception messages.</summary>
internal static class RedfishErrorMessages
{
    /// <summary><c>": message"</c> from the body's <c>error</c>, or empty when it has none.</summary>
    public static string Describe(byte[] body)
    {
        try
        {
            var error = JsonSerializer.Deserialize(body, RedfishJsonContext.Default.RedfishError)?.Error;
            var message = error?.ExtendedInfo?.FirstOrDefault(m => m.Message is not null)?.Message ?? error?.Message;
            return message is null ? string.Empty : $": {message}";
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    /// <summary>The <c>MessageId</c>s of the body's <c>error</c>; none when it has no error.</summary>
    public static IEnumerable<string> MessageIds(byte[] body)
    {
        try
        {
            var error = JsonSerializer.Deserialize(body, RedfishJsonContext.Default.RedfishError)?.Error;
            return error?.ExtendedInfo?.Select(m => m.MessageId).OfType<string>() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
