using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace SysMgmt.ServiceDefaults.OpenApi;

/// <summary>
/// Each service's OpenAPI document at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi) and a browsable
/// reference at <c>/scalar</c>. Every operation states its RFC 7807 problem answers and whether it needs a token.
/// </summary>
public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/{documentName}.json";
    public const string ReferencePath = "/scalar";
    private const string ProblemJson = "application/problem+json";

    public static TBuilder AddSysMgmtOpenApi<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, context, _) =>
            {
                document.Info.Title = builder.Environment.ApplicationName;
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[JwtBearerDefaults.AuthenticationScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A JWT from the site's identity provider; GET needs the read scope, changes the write scope.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(DescribeProblemsAsync);
        });
        return builder;
    }

    public static WebApplication MapOpenApiDocuments(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        app.MapScalarApiReference(ReferencePath).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Documents a query parameter the handler reads itself (filters with repeated keys and anchor-compatible
    /// spellings are parsed by hand, so the generator cannot see them).
    /// </summary>
    public static TBuilder WithQueryParameter<TBuilder>(this TBuilder builder, string name, string description, bool repeatable = false)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Description = description,
                Schema = repeatable
                    ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } }
                    : new OpenApiSchema { Type = JsonSchemaType.String },
                Explode = repeatable,
            });
            return Task.CompletedTask;
        });

    /// <summary>
    /// Documents the filters a list route reads from the query string: each may be repeated to match any of several
    /// values, as the HMS APIs do.
    /// </summary>
    public static TBuilder WithQueryFilters<TBuilder>(this TBuilder builder, params string[] names) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var name in names)
        {
            builder.WithQueryParameter(name, $"filter by {name}; repeat it to match any of several values", repeatable: true);
        }

        return builder;
    }

    private static async Task DescribeProblemsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var isPublic = metadata.OfType<IAllowAnonymous>().Any();
        var problems = new List<int>();
        if (operation.Parameters is { Count: > 0 } || operation.RequestBody is not null || context.Description.ParameterDescriptions.Count > 0)
        {
            problems.Add(StatusCodes.Status400BadRequest);
        }

        if (!isPublic)
        {
            problems.AddRange([StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden]);
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(JwtBearerDefaults.AuthenticationScheme, context.Document)] = [] }];
        }

        if (context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Path"))
        {
            problems.Add(StatusCodes.Status404NotFound);
        }

        problems.Add(StatusCodes.Status500InternalServerError);
        var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        operation.Responses ??= [];
        foreach (var status in problems)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.TryGetValue(key, out var existing) && existing.Content is { Count: > 0 })
            {
                continue;
            }

            operation.Responses[key] = new OpenApiResponse
            {
                Description = $"{ReasonPhrases.GetReasonPhrase(status)}: an RFC 7807 problem whose detail says what to fix",
                Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } },
            };
        }
    }
}
