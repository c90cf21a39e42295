using System.Text.Json;
using SysMgmt.Core.Networking;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// Checks a <c>/boot/v1/bootparameters</c> body and reports every problem at once. Kernel and initrd must be
/// single words and params one line: they are written into an iPXE script, where a newline would be a command.
/// </summary>
internal static class BootParamsValidator
{
    private static readonly string[] s_cloudInitMembers = ["meta-data", "user-data", "secret-user-data", "phone-home"];
    private static readonly JsonElement s_null = JsonDocument.Parse("null").RootElement;

    public static Outcome<BootParamsChange> Validate(BootParamsRequest request)
    {
        var errors = new List<string>();
        var hosts = new List<HostKey>();
        foreach (var host in request.Hosts ?? [])
        {
            if (HostKey.TryParse(host, out var key, out var error))
            {
                hosts.Add(key);
            }
            else
            {
                errors.Add("hosts: " + error);
            }
        }

        var macs = new List<string>();
        foreach (var mac in request.Macs ?? [])
        {
            if (MacAddress.TryNormalize(mac, out var normalized, out var error))
            {
                macs.Add(normalized);
            }
            else
            {
                errors.Add("macs: " + error);
            }
        }

        var nids = new List<long>();
        foreach (var nid in request.Nids ?? [])
        {
            if (nid is < 0 or > int.MaxValue)
            {
                errors.Add($"nids: {nid} is not a NID (0 to {int.MaxValue})");
            }
            else
            {
                nids.Add(nid);
            }
        }

        CheckLine(errors, "params", request.Params);
        CheckWord(errors, "kernel", request.Kernel);
        CheckWord(errors, "initrd", request.Initrd);
        var cloudInit = ReadCloudInit(request.CloudInit, errors);

        return errors.Count > 0
            ? Problem.BadRequest("invalid boot parameters: " + string.Join("; ", errors))
            : new BootParamsChange(Distinct(hosts), [.. macs.Distinct()], [.. nids.Distinct()],
                request.Params?.Trim(), EmptyToNull(request.Kernel), EmptyToNull(request.Initrd), cloudInit);
    }

    private static List<HostKey> Distinct(List<HostKey> hosts) => [.. hosts.DistinctBy(h => h.Name, StringComparer.Ordinal)];

    private static string? EmptyToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void CheckLine(List<string> errors, string field, string? value)
    {
        if (value is not null && value.Any(char.IsControl))
        {
            errors.Add($"{field} must be one line without control characters");
        }
    }

    private static void CheckWord(List<string> errors, string field, string? value)
    {
        if (value is not null && value.Trim().Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            errors.Add($"{field} must be a URL or path without spaces or control characters");
        }
    }

    private static CloudInitInput? ReadCloudInit(JsonElement element, List<string> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.Null:
                return new CloudInitInput(s_null, s_null, s_null, null);
            case not JsonValueKind.Object:
                errors.Add("cloud-init must be an object");
                return null;
        }

        // PostgreSQL's jsonb cannot hold NUL characters; refuse them here rather than fail in the database.
        if (element.GetRawText().Contains("\\u0000", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("cloud-init must not contain NUL characters (\\u0000)");
            return null;
        }

        foreach (var member in element.EnumerateObject())
        {
            if (!s_cloudInitMembers.Contains(member.Name, StringComparer.Ordinal))
            {
                errors.Add($"cloud-init has no member '{member.Name}'; expected {string.Join(", ", s_cloudInitMembers)}");
            }
        }

        return new CloudInitInput(
            ObjectPart(element, "meta-data", errors),
            ObjectPart(element, "user-data", errors),
            ObjectPart(element, "secret-user-data", errors),
            ReadPhoneHome(element, errors));
    }

    private static JsonElement ObjectPart(JsonElement cloudInit, string name, List<string> errors)
    {
        if (!cloudInit.TryGetProperty(name, out var part))
        {
            return default;
        }

        if (part.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            errors.Add($"cloud-init.{name} must be an object");
            return default;
        }

        return part.Clone();
    }

    private static PhoneHome? ReadPhoneHome(JsonElement cloudInit, List<string> errors)
    {
        if (!cloudInit.TryGetProperty("phone-home", out var part) || part.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return part.ValueKind == JsonValueKind.Object
                ? part.Deserialize<PhoneHome>()
                : throw new JsonException();
        }
        catch (JsonException)
        {
            errors.Add("cloud-init.phone-home must be an object of strings (pub_key_rsa, instance_id, hostname, fqdn, …)");
            return null;
        }
    }
}
