using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Components;

/// <summary><c>/hsm/v2/State/Components</c>: create, replace and delete.</summary>
internal static partial class ComponentsApi
{
    private static async Task<Results<NoContent, ProblemHttpResult>> CreateComponents(
        JsonBody<ComponentsPostRequest> body, ComponentValidator validator, ComponentWriteService writer, CancellationToken cancellationToken)
    {
        if (body.Value.Components is not { Count: > 0 } input)
        {
            return Problem.BadRequest("Missing Components").ToResult();
        }

        var errors = new List<string>();
        var components = new List<NewComponent>(input.Count);
        var seen = new HashSet<string>(input.Count);
        foreach (var candidate in input)
        {
            // A repeated ID keeps its first occurrence, as in the anchors.
            if (validator.Validate(candidate, errors) is { } component && seen.Add(component.Id.Value))
            {
                components.Add(component);
            }
        }

        if (errors.Count > 0)
        {
            return Problem.BadRequest("couldn't validate components: " + Summarize(errors)).ToResult();
        }

        await writer.UpsertAsync(components, body.Value.Force, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PutComponent(
        string xname, JsonBody<ComponentPutRequest> body, ComponentValidator validator, ComponentWriteService writer, CancellationToken cancellationToken)
    {
        if (body.Value.Component is not { } component)
        {
            return Problem.BadRequest("Missing component").ToResult();
        }

        if (!string.IsNullOrEmpty(component.ID) && Xname.Normalize(component.ID) != Xname.Normalize(xname))
        {
            return Problem.BadRequest("ID in URL and PUT body do not match").ToResult();
        }

        var errors = new List<string>();
        if (validator.Validate(component with { ID = xname }, errors) is not { } valid)
        {
            return Problem.BadRequest("couldn't validate component: " + Summarize(errors)).ToResult();
        }

        await writer.UpsertAsync([valid], body.Value.Force, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteComponent(
        string xname, ComponentWriteService writer, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return DeletionResults.One(await writer.DeleteAsync(id, cancellationToken));
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteAllComponents(
        ComponentWriteService writer, CancellationToken cancellationToken)
    {
        return DeletionResults.All(await writer.DeleteAllAsync(cancellationToken));
    }
}
