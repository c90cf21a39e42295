using System.Collections.Frozen;

namespace SysMgmt.Core.Hms;

/// <summary>
/// A named set of HMS enum values (State, Flag, Role, …) matched case-insensitively and answered in their
/// canonical spelling, as hms-base's <c>VerifyNormalize*</c> functions do (<c>ready</c> → <c>Ready</c>,
/// flag alias <c>warn</c> → <c>Warning</c>). Instances are immutable and safe to share.
/// </summary>
/// <remarks>
/// Input is not trimmed: hms-base does not trim either, so <c>" Ready"</c> is as invalid here as in SMD.
/// </remarks>
public sealed class HmsEnum
{
    private readonly FrozenDictionary<string, string> _aliases;
    private readonly FrozenDictionary<string, string> _canonical;

    /// <param name="name">What the set is called in messages, e.g. <c>State</c>.</param>
    /// <param name="values">Canonical spellings, distinct ignoring case.</param>
    /// <param name="aliases">Extra accepted spellings, each mapped to one of <paramref name="values"/>.</param>
    public HmsEnum(string name, IEnumerable<string> values, IReadOnlyDictionary<string, string>? aliases = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);

        Name = name;
        Values = [.. values];
        var canonical = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Values)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(values));
            if (!canonical.TryAdd(value, value))
            {
                throw new ArgumentException($"{name} value '{value}' is listed twice (ignoring case).", nameof(values));
            }
        }

        aliases ??= FrozenDictionary<string, string>.Empty;
        foreach (var (alias, target) in aliases)
        {
            if (!canonical.TryGetValue(target, out var spelled) || spelled != target)
            {
                throw new ArgumentException($"{name} alias '{alias}' points at '{target}', which is not a canonical value.", nameof(aliases));
            }

            if (!canonical.TryAdd(alias, target))
            {
                throw new ArgumentException($"{name} alias '{alias}' collides with a value or another alias.", nameof(aliases));
            }
        }

        _aliases = aliases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _canonical = canonical.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    /// <summary>Canonical spellings in declaration order (aliases excluded), e.g. for <c>/service/values</c>.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Maps any accepted spelling (value or alias, any case) to the canonical one.</summary>
    public bool TryNormalize(string? input, out string canonical)
    {
        if (input is not null && _canonical.TryGetValue(input, out var found))
        {
            canonical = found;
            return true;
        }

        canonical = string.Empty;
        return false;
    }

    /// <summary>The canonical spelling of <paramref name="input"/>, or null when it is not a value of this set.</summary>
    public string? Normalize(string? input) => TryNormalize(input, out var canonical) ? canonical : null;

    /// <summary>
    /// A copy extended with site-defined values (hms-base <c>HMSExtendedDefinitions</c> Role/SubRole lists).
    /// Blank entries are skipped and entries are trimmed. A value already known under any case keeps its existing
    /// spelling, so configuration cannot respell built-ins (hms-base would let <c>"COMPUTE"</c> replace <c>Compute</c>).
    /// </summary>
    public HmsEnum WithAdditions(IEnumerable<string> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);

        var values = new List<string>(Values);
        var known = new HashSet<string>(_canonical.Keys, StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in extra)
        {
            var value = candidate?.Trim();
            if (!string.IsNullOrEmpty(value) && known.Add(value))
            {
                values.Add(value);
            }
        }

        return values.Count == Values.Count ? this : new HmsEnum(Name, values, _aliases);
    }

    public override string ToString() => $"{Name}: {string.Join(", ", Values)}";
}
