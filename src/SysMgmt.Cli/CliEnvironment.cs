namespace SysMgmt.Cli;

/// <summary>The environment variables commands read (<c>MASTER_KEY</c>, <c>SYSMGMT_BMC_PASSWORD</c>…), replaceable in tests.</summary>
internal sealed class CliEnvironment(Func<string, string?> lookup)
{
    public static CliEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>The variable's value, or null when it is unset or empty.</summary>
    public string? this[string name] => lookup(name) is { Length: > 0 } value ? value : null;
}
