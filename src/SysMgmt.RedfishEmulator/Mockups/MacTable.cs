using System.Collections.Frozen;
using System.Text.Json;
using SysMgmt.Core.Networking;

namespace SysMgmt.RedfishEmulator.Mockups;

/// <summary>
/// The distinct MAC addresses of a mockup, each with an ordinal, so that every BMC can replace them with its own:
/// BMC <c>i</c> turns MAC ordinal <c>k</c> into the same vendor prefix with <c>i × MaxPerBmc + k</c> as its last 24 bits.
/// </summary>
public sealed class MacTable
{
    /// <summary>The most distinct MACs one mockup may hold; it bounds the BMC count at 2^24 / this.</summary>
    public const int MaxPerBmc = 64;

    private readonly FrozenDictionary<string, int> _ordinals;

    private MacTable(FrozenDictionary<string, int> ordinals, int count)
    {
        _ordinals = ordinals;
        Count = count;
    }

    /// <summary>How many distinct MAC addresses the mockup holds.</summary>
    public int Count { get; }

    /// <summary>The ordinal of <paramref name="value"/> when it is, exactly as written, one of the mockup's MACs.</summary>
    public bool TryGetOrdinal(string value, out int ordinal) => _ordinals.TryGetValue(value, out ordinal);

    internal static MacTable Collect(IEnumerable<MockupResource> resources)
    {
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            CollectStrings(resource.Body, spellings);
        }

        // Each spelling maps to the ordinal of its normalised MAC, so "AA-BB-…" and "aa:bb:…" stay the same machine.
        var normalized = spellings
            .Select(raw => (Raw: raw, Mac: MacAddress.TryNormalize(raw, out var mac, out _) ? mac : null))
            .Where(pair => pair.Mac is not null)
            .ToList();
        var distinct = normalized.Select(pair => pair.Mac!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (distinct.Count > MaxPerBmc)
        {
            throw new MockupException($"the mockup holds {distinct.Count} distinct MAC addresses; at most {MaxPerBmc} are supported");
        }

        var ordinalOf = distinct.Select((mac, index) => (mac, index)).ToDictionary(p => p.mac, p => p.index, StringComparer.Ordinal);
        return new MacTable(normalized.ToFrozenDictionary(p => p.Raw, p => ordinalOf[p.Mac!], StringComparer.Ordinal), distinct.Count);
    }

    /// <summary>True for strings that could be a MAC written with separators (bare 12-digit strings are too often IDs).</summary>
    internal static bool LooksLikeMac(string value) =>
        value.Length is 14 or 17 && value.AsSpan().IndexOfAny(":-.") > 0;

    private static void CollectStrings(JsonElement element, HashSet<string> spellings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CollectStrings(property.Value, spellings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectStrings(item, spellings);
                }

                break;
            case JsonValueKind.String when element.GetString() is { } value && LooksLikeMac(value):
                spellings.Add(value);
                break;
        }
    }
}
