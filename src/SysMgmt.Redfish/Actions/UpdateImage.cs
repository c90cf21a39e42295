namespace SysMgmt.Redfish.Actions;

/// <summary>A firmware image to push to a BMC: its file name, and a way to read it from the start (once per attempt).</summary>
public sealed record UpdateImage(string FileName, Func<Stream> Open)
{
    public static UpdateImage FromFile(string path) =>
        new(Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan));
}
