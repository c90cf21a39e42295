using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SysMgmt.ServiceDefaults.Http;

/// <summary>
/// A JSON request body, read whatever the Content-Type says (existing clients such as <c>curl -d</c> send bodies
/// without <c>application/json</c>), with a 400 that names the offending field when it cannot be read.
/// </summary>
public sealed class JsonBody<T>(T value) where T : class
{
    public T Value { get; } = value;

    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        T? value;
        try
        {
            value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException(JsonErrorDescriber.Describe(exception), exception);
        }

        return value is null
            ? throw new BadHttpRequestException("a JSON object body is required")
            : new JsonBody<T>(value);
    }
}
