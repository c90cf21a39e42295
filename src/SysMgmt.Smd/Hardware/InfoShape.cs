namespace SysMgmt.Smd.Hardware;

/// <summary>
/// The fields of a LocationInfo/FRUInfo object in the order the anchors emit them, written compactly:
/// <c>"Id Name Summary{Count# Model} Oem*?"</c>. Suffixes: <c>#</c> number, <c>!</c> boolean, <c>*</c> any JSON,
/// <c>{…}</c> nested object, and a trailing <c>?</c> for fields omitted when empty.
/// </summary>
internal sealed class InfoShape
{
    private InfoShape(IReadOnlyList<InfoField> fields) => Fields = fields;

    public IReadOnlyList<InfoField> Fields { get; }

    public static InfoShape Parse(string spec)
    {
        var position = 0;
        var shape = ParseFields(spec, ref position);
        return position == spec.Length ? shape : throw new FormatException($"unexpected '{spec[position]}' at {position} in '{spec}'");
    }

    private static InfoShape ParseFields(string spec, ref int position)
    {
        var fields = new List<InfoField>();
        while (position < spec.Length && spec[position] != '}')
        {
            if (spec[position] == ' ')
            {
                position++;
                continue;
            }

            var start = position;
            while (position < spec.Length && char.IsAsciiLetterOrDigit(spec[position]))
            {
                position++;
            }

            var name = spec[start..position];
            var kind = InfoFieldKind.String;
            InfoShape? nested = null;
            if (position < spec.Length && spec[position] == '{')
            {
                position++;
                nested = ParseFields(spec, ref position);
                position++; // the closing brace
                kind = InfoFieldKind.Object;
            }
            else if (position < spec.Length && spec[position] is '#' or '!' or '*')
            {
                kind = spec[position++] switch { '#' => InfoFieldKind.Number, '!' => InfoFieldKind.Boolean, _ => InfoFieldKind.Raw };
            }

            var omitEmpty = position < spec.Length && spec[position] == '?';
            position += omitEmpty ? 1 : 0;
            fields.Add(new InfoField(name, kind, omitEmpty, nested));
        }

        return new InfoShape(fields);
    }
}
