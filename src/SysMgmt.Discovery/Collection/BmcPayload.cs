using System.Text.Json.Nodes;
using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Discovery.Collection;

/// <summary>
/// What the agent sends SMD for one BMC: the RedfishEndpoint body and the hardware locations. As a document (a
/// file written by <c>collect --output</c>, read by <c>send</c>) it is the endpoint body with the locations under
/// <see cref="HardwareKey"/>, so that magellan's own files (which have no hardware) read the same way.
/// </summary>
public sealed record BmcPayload(Xname Id, JsonObject Endpoint, JsonArray Hardware)
{
    /// <summary>The key of the hardware locations in a document; SMD would ignore it, but the agent strips it.</summary>
    public const string HardwareKey = "HardwareInventory";

    public static BmcPayload From(BmcCollection bmc) =>
        new(bmc.Id, RedfishEndpointPayload.Build(bmc), (JsonArray)HardwarePayload.Build(bmc).Body["Hardware"]!.DeepClone());

    public JsonObject ToDocument()
    {
        var document = (JsonObject)Endpoint.DeepClone();
        document[HardwareKey] = Hardware.DeepClone();
        return document;
    }

    /// <summary>Reads a document (one element of a file), or says what is wrong with it.</summary>
    public static bool TryFromDocument(JsonNode? document, out BmcPayload payload, out string error)
    {
        payload = null!;
        if (document is not JsonObject body)
        {
            error = "expected a RedfishEndpoint object";
            return false;
        }

        var id = body["ID"].AsString();
        if (id is null)
        {
            error = "the object has no ID (the BMC's xname)";
            return false;
        }

        if (!Xname.TryParse(id, out var xname, out var xnameError))
        {
            error = $"ID: {xnameError}";
            return false;
        }

        var endpoint = (JsonObject)body.DeepClone();
        var hardware = endpoint[HardwareKey];
        endpoint.Remove(HardwareKey);
        if (hardware is not (null or JsonArray))
        {
            error = $"{HardwareKey}: expected an array";
            return false;
        }

        payload = new BmcPayload(xname, endpoint, (JsonArray?)hardware ?? []);
        error = "";
        return true;
    }
}
