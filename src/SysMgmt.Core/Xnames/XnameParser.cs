using System.Globalization;

namespace SysMgmt.Core.Xnames;

/// <summary>
/// Normalises and classifies xnames in a single allocation-light pass over the <see cref="XnameGrammar"/> tree.
/// SMD validates up to 10,000 xnames per bulk request, so this avoids regexes and per-segment strings.
/// </summary>
internal static class XnameParser
{
    // Longer inputs are legal but rare; they fall back to a heap buffer.
    private const int StackBufferLength = 128;

    public static string Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var trimmed = input.AsSpan().Trim();
        Span<char> buffer = trimmed.Length <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[trimmed.Length];
        var normalized = Normalize(trimmed, buffer);
        return ToString(input, normalized);
    }

    public static bool TryParse(string? input, out string value, out XnameType type, out string error)
    {
        value = string.Empty;
        type = XnameType.Invalid;
        var trimmed = input.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            error = "xname is empty";
            return false;
        }

        Span<char> buffer = trimmed.Length <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[trimmed.Length];
        var normalized = Normalize(trimmed, buffer);
        var reason = Classify(normalized, out type);
        if (reason is not null)
        {
            error = $"'{input}' is not a valid xname: {reason}";
            return false;
        }

        value = ToString(input!, normalized);
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// hms-xname <c>NormalizeHMSCompID</c>: lower-case, and strip leading zeros from every digit run, keeping a
    /// lone <c>0</c> (<c>x0001C0s05b00</c> → <c>x1c0s5b0</c>). <paramref name="source"/> must already be trimmed.
    /// </summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> source, Span<char> buffer)
    {
        var length = 0;
        var afterNonDigit = true;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '0' && afterNonDigit && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1]))
            {
                continue;
            }

            afterNonDigit = !char.IsAsciiDigit(c);
            buffer[length++] = char.ToLowerInvariant(c);
        }

        return buffer[..length];
    }

    /// <summary>Walks the grammar; returns null and the type on success, otherwise the reason it failed.</summary>
    private static string? Classify(ReadOnlySpan<char> id, out XnameType type)
    {
        type = XnameType.Invalid;
        var segment = XnameGrammar.Root;
        var position = 0;
        do
        {
            var rest = id[position..];
            var next = segment.FindChild(rest);
            if (next is null)
            {
                return DescribeMismatch(id, position, segment);
            }

            position += next.Prefix.Length;
            var digitsStart = position;
            while (position < id.Length && char.IsAsciiDigit(id[position]))
            {
                position++;
            }

            var digits = id[digitsStart..position];
            if (digits.IsEmpty)
            {
                return $"'{next.Prefix}' must be followed by a {next.Noun} number";
            }

            var rangeError = CheckRange(next, digits);
            if (rangeError is not null)
            {
                return rangeError;
            }

            segment = next;
        }
        while (position < id.Length);

        type = segment.Type;
        return null;
    }

    private static string DescribeMismatch(ReadOnlySpan<char> id, int position, XnameSegment segment)
    {
        if (segment == XnameGrammar.Root)
        {
            return "it does not match any HMS component type";
        }

        var c = id[position];
        var parent = $"{XnameTypes.Name(segment.Type)} '{id[..position]}'";
        return char.IsAsciiLetterLower(c) || c == '.'
            ? $"'{c}' cannot follow {parent}"
            : $"unexpected character '{c}' after {parent}";
    }

    private static string? CheckRange(XnameSegment segment, ReadOnlySpan<char> digits)
    {
        // Normalisation removed leading zeros, so more than 10 digits is always beyond int range.
        if (digits.Length > 10 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return $"{segment.Noun} number {digits} is too large";
        }

        if (number >= segment.Min && number <= segment.Max)
        {
            return null;
        }

        if (segment.Min == segment.Max)
        {
            return $"{segment.Noun} number {number} must be {segment.Min}";
        }

        return segment.Max == XnameSegment.Unbounded
            ? $"{segment.Noun} number {number} must be at least {segment.Min}"
            : $"{segment.Noun} number {number} is out of range {segment.Min}-{segment.Max}";
    }

    /// <summary>Reuses the caller's string when it was already normalised, the common case for stored IDs.</summary>
    private static string ToString(string original, ReadOnlySpan<char> normalized) =>
        original.AsSpan().SequenceEqual(normalized) ? original : new string(normalized);
}
