using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Discovery;

namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>
/// Reads a Redfish endpoint POST or PUT body: one endpoint, or <c>{"RedfishEndpoints":[…]}</c> (a body with any
/// endpoint key is one endpoint, as in the anchors), each validated, with its discovery inventory if it has one.
/// </summary>
internal sealed class RedfishEndpointBodyReader(IOptions<JsonOptions> jsonOptions)
{
    private static readonly HashSet<string> s_endpointKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "ID", "Type", "Name", "Hostname", "Domain", "FQDN", "Enabled", "UUID", "User", "Password", "UseSSDP", "MACRequired",
        "MACAddr", "IPAddress", "RediscoverOnUpdate", "TemplateID", "SchemaVersion", "Systems", "Managers", "PDUInventory",
        "Chassis", "Services", "RedfishVersion",
    };

    private JsonSerializerOptions Options => jsonOptions.Value.SerializerOptions;

    /// <summary>Every endpoint of a POST body; one invalid endpoint rejects the body.</summary>
    public Outcome<List<RedfishEndpointWrite>> ReadMany(JsonDocument body)
    {
        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Problem.BadRequest("the body must be a Redfish endpoint object or {\"RedfishEndpoints\":[…]}");
        }

        if (root.EnumerateObject().Any(p => s_endpointKeys.Contains(p.Name)))
        {
            var single = Read(root, null, "couldn't validate endpoint data: ");
            return single.Problem is { } problem ? problem : new List<RedfishEndpointWrite> { single.Value! };
        }

        if (JsonLinks.Property(root, "RedfishEndpoints") is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() == 0)
        {
            return Problem.BadRequest("no Redfish endpoint in the body: send an endpoint object or {\"RedfishEndpoints\":[…]}");
        }

        var writes = new List<RedfishEndpointWrite>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return Problem.BadRequest($"RedfishEndpoints[{index}]: field '(body)' has the wrong type: expected an object");
            }

            var write = Read(element, index, $"couldn't validate endpoint data at idx {index}: ");
            if (write.Problem is { } problem)
            {
                return problem;
            }

            writes.Add(write.Value!);
            index++;
        }

        return writes;
    }

    /// <summary>A PUT body for <paramref name="pathId"/>: its ID, if any, must name the same endpoint.</summary>
    public Outcome<RedfishEndpointWrite> ReadOne(JsonDocument body, string pathId)
    {
        if (body.RootElement.ValueKind != JsonValueKind.Object)
        {
            return Problem.BadRequest("the body must be a Redfish endpoint object");
        }

        var input = Deserialize(body.RootElement, null);
        if (input.Problem is { } problem)
        {
            return problem;
        }

        if (!string.IsNullOrWhiteSpace(input.Value!.ID) && Core.Xnames.Xname.Normalize(input.Value.ID) != Core.Xnames.Xname.Normalize(pathId))
        {
            return Problem.BadRequest("xname in URL and PUT body do not match");
        }

        return Validate(input.Value with { ID = pathId }, "couldn't validate endpoint data: ");
    }

    /// <summary>A PATCH body: only the fields it names change.</summary>
    public Outcome<RedfishEndpointInput> ReadPatch(JsonDocument body) =>
        body.RootElement.ValueKind == JsonValueKind.Object ? Deserialize(body.RootElement, null) : Problem.BadRequest("the body must be a JSON object");

    private Outcome<RedfishEndpointWrite> Read(JsonElement element, int? index, string prefix)
    {
        var input = Deserialize(element, index);
        return input.Problem is { } problem ? problem : Validate(input.Value!, prefix);
    }

    private Outcome<RedfishEndpointWrite> Validate(RedfishEndpointInput input, string prefix)
    {
        if (RedfishEndpointValidator.Validate(input, out var error) is not { } endpoint)
        {
            return Problem.BadRequest(prefix + error);
        }

        var inventory = DiscoveryPayloadParser.Parse(input, Options);
        return inventory.Problem is { } problem ? problem : new RedfishEndpointWrite(endpoint, inventory.Value);
    }

    private Outcome<RedfishEndpointInput> Deserialize(JsonElement element, int? index)
    {
        try
        {
            return element.Deserialize<RedfishEndpointInput>(Options)!;
        }
        catch (JsonException exception)
        {
            var detail = JsonErrorDescriber.Describe(exception);
            return Problem.BadRequest(index is null ? detail : $"RedfishEndpoints[{index}]: {detail}");
        }
    }
}
