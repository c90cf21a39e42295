namespace SysMgmt.Smd.Data;

/// <summary>The <c>varchar(n)</c> limits the migrations give key columns, stated once for the EF model.</summary>
internal static class ColumnLengths
{
    public const int Xname = 63;
    public const int FruId = 255;
    public const int InterfaceId = 12;
    public const int MacAddress = 17;
    public const int IpAddress = 45;
}
