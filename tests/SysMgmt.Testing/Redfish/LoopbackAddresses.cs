namespace SysMgmt.Testing.Redfish;

/// <summary>
/// Blocks of 127.0.0.0/8 addresses for emulated BMCs. Random second and third octets keep test classes and test
/// processes that run at the same time apart; all of 127/8 reaches the loopback interface without setup.
/// </summary>
public static class LoopbackAddresses
{
    /// <summary>The first address of a block with room for <paramref name="count"/> consecutive addresses.</summary>
    public static string NextBlock(int count = 1)
    {
        // Blocks start at x.y.z.1; 1,000 addresses span four third-octet values.
        var spanOfThirdOctets = (count / 256) + 1;
        var second = Random.Shared.Next(10, 250);
        var third = Random.Shared.Next(0, 256 - spanOfThirdOctets);
        return $"127.{second}.{third}.1";
    }
}
