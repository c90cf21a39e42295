using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SysMgmt.ServiceDefaults.Http;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// The optional body of <c>GET /boot/v1/bootparameters</c> (the anchors filter by a GET body too); writes use
/// <see cref="JsonBody{T}"/>, which requires one.
/// </summary>
internal static class BootParamsBody
{
    public static async Task<BootParamsRequest?> ReadOptionalAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return JsonSerializer.Deserialize<BootParamsRequest>(text, options);
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException(JsonErrorDescriber.Describe(exception), exception);
        }
    }
}
