using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SysMgmt.ServiceDefaults.Http;

/// <summary>
/// A JSON request body, read whatever the Content-Type says (existing clients such as <c>curl -d</c> send bodies
/// without <c>application/json</c>), with a 400 that names the offending field when it cannot be read. The one way
/// SMD and BSS read bodies: as a handler parameter, or with <see cref="ReadAsync"/> and <see cref="ReadOptionalAsync"/>
/// where a handler decides itself.
/// </summary>
public sealed class JsonBody<T>(T value) where T : class
{
    public T Value { get; } = value;

    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter) => new(await ReadAsync(context));

    /// <summary>The body, which must be there.</summary>
    public static async ValueTask<T> ReadAsync(HttpContext context) =>
        await Parse(context, () => JsonSerializer.DeserializeAsync<T>(context.Request.Body, Options(context), context.RequestAborted))
            ?? throw new BadHttpRequestException("a JSON object body is required");

    /// <summary>The body, or null when there is none (the anchors filter some GETs by an optional body).</summary>
    public static async ValueTask<T?> ReadOptionalAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        return string.IsNullOrWhiteSpace(text) ? null : await Parse(context, () => ValueTask.FromResult(JsonSerializer.Deserialize<T>(text, Options(context))));
    }

    private static JsonSerializerOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    private static async ValueTask<T?> Parse(HttpContext context, Func<ValueTask<T?>> read)
    {
        try
        {
            return await read();
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException(JsonErrorDescriber.Describe(exception), exception);
        }
    }
}
