namespace SysMgmt.Core.Xnames;

/// <summary>Default node IDs (NIDs) for nodes that neither SLS nor a NodeMap numbers.</summary>
public static class NodeNumbering
{
    /// <summary>
    /// SMD's fallback NID (hms-smd <c>cmd/smd/components.go</c> <c>GetBogusNID</c>):
    /// <c>(cabinet+1)*16384 + chassis*2048 + slot*32 + bmc*4 + node</c>. A VirtualNode uses its <c>v</c> index in
    /// place of the node number (its hypervisor's <c>n</c> index is ignored). Null for every other type.
    /// </summary>
    /// <remarks>
    /// The formula is not collision-free (slot 64 of chassis 0 equals slot 0 of chassis 1, and virtual nodes share
    /// numbers with physical ones); it is reproduced because clients see these NIDs.
    /// </remarks>
    public static long? DefaultNid(Xname node)
    {
        if (node.Type is not (XnameType.Node or XnameType.VirtualNode))
        {
            return null;
        }

        // A valid Node is x{cab}c{chassis}s{slot}b{bmc}n{node}; a VirtualNode adds v{index}.
        Span<long> numbers = stackalloc long[6];
        ReadNumbers(node.Value, numbers);
        var nodeNumber = node.Type == XnameType.VirtualNode ? numbers[5] : numbers[4];
        return ((numbers[0] + 1) * 16384) + (numbers[1] * 2048) + (numbers[2] * 32) + (numbers[3] * 4) + nodeNumber;
    }

    private static void ReadNumbers(string value, Span<long> numbers)
    {
        var count = 0;
        var inNumber = false;
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                inNumber = false;
                continue;
            }

            if (!inNumber)
            {
                if (count == numbers.Length)
                {
                    break;
                }

                inNumber = true;
                numbers[count++] = 0;
            }

            numbers[count - 1] = (numbers[count - 1] * 10) + (c - '0');
        }
    }
}
