using System.Text;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for rendering scripts, so a boot storm does not allocate
/// a builder per request. A builder is rented, filled, copied to the response and returned on the same thread.
/// </summary>
internal static class ScriptBuilders
{
    private const int MaxKeptCapacity = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? s_cached;

    public static StringBuilder Rent()
    {
        var builder = s_cached ?? new StringBuilder(1024);
        s_cached = null;
        return builder.Clear();
    }

    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= MaxKeptCapacity)
        {
            s_cached = builder;
        }
    }
}
