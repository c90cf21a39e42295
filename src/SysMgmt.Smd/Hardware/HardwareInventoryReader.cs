using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SysMgmt.Core.Hardware;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// Reads the locations of a <c>POST /Inventory/Hardware</c> body, including children nested in a location's
/// arrays (a node's <c>Processors</c>, <c>Memory</c>, <c>Drives</c>…), and validates all of them: the xname, that
/// any <c>Type</c> and discriminator given match it, the info objects, and FRU IDs. Every problem is reported,
/// not just the first; nothing is stored when there is one.
/// </summary>
internal static class HardwareInventoryReader
{
    private const int MaxReportedErrors = 5;

    public static Outcome<HardwareBatch> Read(IReadOnlyList<JsonElement> entries)
    {
        var state = new ReadState();
        for (var i = 0; i < entries.Count; i++)
        {
            ReadLocation(entries[i], $"Hardware[{i}]", parent: null, state);
        }

        if (state.Errors.Count > 0)
        {
            var more = state.Errors.Count > MaxReportedErrors ? $"; and {state.Errors.Count - MaxReportedErrors} more" : "";
            return Problem.BadRequest("invalid hardware inventory: " + string.Join("; ", state.Errors.Take(MaxReportedErrors)) + more);
        }

        return new HardwareBatch([.. state.Locations.Values], [.. state.Frus.Values.Select(f => f.Fru)]);
    }

    private static void ReadLocation(JsonElement entry, string path, Xname? parent, ReadState state)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            state.Errors.Add($"{path}: expected an object");
            return;
        }

        var errors = state.Errors;
        var before = errors.Count;
        if (!TryReadId(entry, path, errors, out var id, out var kind))
        {
            return;
        }

        if (parent is { } container && (container == id || !container.IsSelfOrAncestorOf(id)))
        {
            errors.Add($"{path}: {id} is not part of {container}, which lists it");
        }

        CheckDiscriminators(entry, kind, path, "Type", "HWInventoryByLocationType", kind.IsLocationType, errors);
        var locationInfo = ReadInfo(entry, kind, "LocationInfo", kind.LocationShape, path, errors);
        var fru = ReadFru(entry, id, kind, path, errors);
        ReadChildren(entry, id, path, state);

        if (locationInfo is null || errors.Count > before)
        {
            return;
        }

        // A location given twice: the first occurrence counts, as in the anchors.
        if (!state.Locations.TryAdd(id.Value, new NewHardwareLocation(id, kind, Ordinal(id), ParentNode(id), locationInfo, fru?.FruId)))
        {
            return;
        }

        if (fru is not null && !state.Frus.TryAdd(fru.FruId, (id, fru)) && state.Frus[fru.FruId].Location != id)
        {
            errors.Add($"{path}: FRU '{fru.FruId}' is also given for {state.Frus[fru.FruId].Location}; a FRU is in one place at a time");
        }
    }

    private static bool TryReadId(JsonElement entry, string path, List<string> errors, out Xname id, out HardwareKind kind)
    {
        kind = null!;
        id = default;
        if (!InfoWriter.TryGet(entry, "ID", out var raw) || raw.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}.ID: " + (raw.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? "missing" : "expected a string"));
            return false;
        }

        if (!Xname.TryParse(raw.GetString(), out id, out var error))
        {
            errors.Add($"{path}.ID: {error}");
            return false;
        }

        if (!HardwareKinds.TryGet(id.Type, out kind))
        {
            errors.Add($"{path}.ID: {id} is a {XnameTypes.Name(id.Type)}, which hardware inventory does not hold");
            return false;
        }

        return true;
    }

    private static NewHardwareFru? ReadFru(JsonElement entry, Xname id, HardwareKind kind, string path, List<string> errors)
    {
        if (!InfoWriter.TryGet(entry, "PopulatedFRU", out var fru) || fru.ValueKind == JsonValueKind.Null)
        {
            return null; // an empty location
        }

        path += ".PopulatedFRU";
        if (fru.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: expected an object");
            return null;
        }

        CheckDiscriminators(fru, kind, path, "Type", "HWInventoryByFRUType", kind.IsFruType, errors);
        var info = ReadInfo(fru, kind, "FRUInfo", kind.FruShape, path, errors);
        var subtype = OptionalString(fru, "Subtype", path, errors);
        // A FRUID in the body is only type-checked: like the anchors, SMD derives it, so that the same part is the
        // same FRU whoever reports it (the API spec's own example repeats one placeholder FRUID for two processors).
        _ = OptionalString(fru, "FRUID", path, errors);
        if (info is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(info);
        var infoElement = document.RootElement;
        var manufacturer = InfoWriter.Text(infoElement, kind.FruIdSource == FruIdSource.Producer ? "Producer" : "Manufacturer");
        var partNumber = InfoWriter.Text(infoElement, "PartNumber");
        var serialNumber = InfoWriter.Text(infoElement, "SerialNumber");
        var fruId = kind.FruIdSource switch
        {
            FruIdSource.Location => FruIds.Untrackable(id.Value),
            FruIdSource.WithoutPartNumber => FruIds.Standard(XnameTypes.Name(id.Type), id.Value, manufacturer, "", serialNumber),
            _ => FruIds.Standard(XnameTypes.Name(id.Type), id.Value, manufacturer, partNumber, serialNumber),
        };

        return new NewHardwareFru(fruId, XnameTypes.Name(id.Type), subtype, manufacturer, partNumber, serialNumber, info);
    }

    private static void ReadChildren(JsonElement entry, Xname id, string path, ReadState state)
    {
        foreach (var name in HardwareKinds.ChildArrayNames)
        {
            if (!InfoWriter.TryGet(entry, name, out var children) || children.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (children.ValueKind != JsonValueKind.Array)
            {
                state.Errors.Add($"{path}.{name}: expected an array");
                continue;
            }

            var index = 0;
            foreach (var child in children.EnumerateArray())
            {
                ReadLocation(child, $"{path}.{name}[{index++}]", id, state);
            }
        }
    }

    /// <summary>The kind's info object (<c>NodeLocationInfo</c>…) in canonical form, or null when missing or invalid.</summary>
    private static string? ReadInfo(JsonElement owner, HardwareKind kind, string suffix, InfoShape shape, string path, List<string> errors)
    {
        var names = kind.InfoNames(suffix).ToList();
        var found = names.Select(n => (Found: InfoWriter.TryGet(owner, n, out var v), Value: v)).FirstOrDefault(x => x.Found);
        if (!found.Found || found.Value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}.{names[0]}: " + (found.Found && found.Value.ValueKind != JsonValueKind.Null ? "expected an object" : "missing"));
            return null;
        }

        var before = errors.Count;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            InfoWriter.Write(writer, found.Value, shape, $"{path}.{names[0]}", errors);
        }

        return errors.Count > before ? null : Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary><c>Type</c> and the discriminator are derived from the xname; a body that gives them must agree.</summary>
    private static void CheckDiscriminators(
        JsonElement owner, HardwareKind kind, string path, string typeField, string discriminatorField, Func<string, bool> matches, List<string> errors)
    {
        var type = OptionalString(owner, typeField, path, errors);
        if (type.Length > 0 && !string.Equals(type, XnameTypes.Name(kind.Type), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{path}.{typeField}: '{type}' does not match the xname, which is a {XnameTypes.Name(kind.Type)}");
        }

        var discriminator = OptionalString(owner, discriminatorField, path, errors);
        if (discriminator.Length > 0 && !matches(discriminator))
        {
            errors.Add($"{path}.{discriminatorField}: '{discriminator}' does not match the xname's type {XnameTypes.Name(kind.Type)}");
        }
    }

    private static string OptionalString(JsonElement owner, string name, string path, List<string> errors)
    {
        if (!InfoWriter.TryGet(owner, name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "";
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"field '{path}.{name}' has the wrong type: expected a string");
            return "";
        }

        return value.GetString()!;
    }

    /// <summary>The number the xname ends with (<c>x0c0s0b0n0p1</c> → 1), as the anchors record it.</summary>
    private static int Ordinal(Xname id)
    {
        var digits = id.Value.AsSpan()[(id.Value.AsSpan().TrimEnd("0123456789").Length)..];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) ? ordinal : 0;
    }

    /// <summary>The node a component is part of (a processor's, a drive's), else the location itself.</summary>
    private static string ParentNode(Xname id)
    {
        for (Xname? current = id; current is { } c; current = c.Parent)
        {
            if (c.Type == XnameType.Node)
            {
                return c.Value;
            }
        }

        return id.Value;
    }

    private sealed class ReadState
    {
        public List<string> Errors { get; } = [];
        public Dictionary<string, NewHardwareLocation> Locations { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, (Xname Location, NewHardwareFru Fru)> Frus { get; } = new(StringComparer.Ordinal);
    }
}
