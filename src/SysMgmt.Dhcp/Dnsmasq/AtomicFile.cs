using System.Text;

namespace SysMgmt.Dhcp.Dnsmasq;

/// <summary>
/// Replaces a file whole or not at all: the text goes to a temporary file in the same directory, which is flushed to
/// disk and renamed over the target, so a reader (dnsmasq) never sees half a file. The temporary name starts with a dot,
/// which dnsmasq's directory watch ignores.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> unless the file already holds exactly that; true
    /// when it wrote. <paramref name="previous"/> is the file's text before (null when it did not exist).
    /// </summary>
    public static bool WriteIfChanged(string path, string content, out string? previous)
    {
        previous = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        if (previous == content)
        {
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return true;
    }
}
