using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SysMgmt.RedfishEmulator.Rendering;

[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;
