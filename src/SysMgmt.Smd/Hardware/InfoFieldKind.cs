namespace SysMgmt.Smd.Hardware;

/// <summary>How a field of a LocationInfo/FRUInfo object is read and written.</summary>
internal enum InfoFieldKind
{
    /// <summary>Text; a number given for it is kept as its text. Absent: <c>""</c>.</summary>
    String,

    /// <summary>A JSON number; a numeric string is accepted. Absent: <c>0</c>.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>. Absent: <c>false</c>.</summary>
    Boolean,

    /// <summary>A nested object with its own fields. Absent: the object with every field at its default.</summary>
    Object,

    /// <summary>Any JSON, passed through (Redfish <c>Oem</c> blocks, sensors). Absent: <c>null</c>.</summary>
    Raw,
}
