namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// What a write changed: entry keys and images. Every replica reloads exactly these from PostgreSQL, so the
/// set travels in a <c>NOTIFY</c>.
/// </summary>
internal sealed class BootChanges
{
    public const string Channel = "bss_boot_parameters";

    /// <summary>The payload meaning "reload everything": used when the change list would not fit a NOTIFY.</summary>
    public const string Everything = "*";

    // NOTIFY payloads must stay under 8000 bytes.
    private const int MaxPayloadLength = 7000;

    public HashSet<string> Entries { get; } = new(StringComparer.Ordinal);

    public HashSet<(ImageKind Kind, string Path)> Images { get; } = [];

    public bool IsEmpty => Entries.Count == 0 && Images.Count == 0;

    public void AddImage(ImageKind kind, string? path)
    {
        if (!string.IsNullOrEmpty(path))
        {
            Images.Add((kind, path));
        }
    }

    /// <summary>One line per change: <c>E&lt;key&gt;</c>, <c>K&lt;kernel&gt;</c> or <c>I&lt;initrd&gt;</c> (keys and paths hold no newlines).</summary>
    public string ToPayload()
    {
        var lines = Entries.Select(name => "E" + name)
            .Concat(Images.Select(image => (image.Kind == ImageKind.Kernel ? "K" : "I") + image.Path));
        var payload = string.Join('\n', lines);
        return payload.Length > MaxPayloadLength ? Everything : payload;
    }

    /// <summary>Null for <see cref="Everything"/>.</summary>
    public static BootChanges? FromPayload(string payload)
    {
        if (payload == Everything)
        {
            return null;
        }

        var changes = new BootChanges();
        foreach (var line in payload.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (line[0])
            {
                case 'E':
                    changes.Entries.Add(line[1..]);
                    break;
                case 'K':
                    changes.AddImage(ImageKind.Kernel, line[1..]);
                    break;
                case 'I':
                    changes.AddImage(ImageKind.Initrd, line[1..]);
                    break;
            }
        }

        return changes;
    }
}
