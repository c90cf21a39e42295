namespace SysMgmt.Discovery.Formats;

/// <summary>How structured data is written to a file or to standard output.</summary>
public enum DataFormat
{
    Json,
    Yaml,
}
