namespace SysMgmt.Smd.Hardware;

/// <summary>Which FRUInfo fields make a FRU's standard ID (hms-smd <c>pkg/redfish</c> <c>Get*FRUID</c>).</summary>
internal enum FruIdSource
{
    /// <summary><c>Manufacturer</c>, <c>PartNumber</c>, <c>SerialNumber</c>.</summary>
    Standard,

    /// <summary>Power supplies report no part number: <c>Manufacturer</c> and <c>SerialNumber</c>.</summary>
    WithoutPartNumber,

    /// <summary>Accelerator risers name their maker <c>Producer</c>.</summary>
    Producer,

    /// <summary>PDU outlets have no FRU data of their own: <c>FRUIDfor&lt;xname&gt;</c>.</summary>
    Location,
}
