namespace SysMgmt.Bss.BootParameters;

/// <summary>The two kinds of boot image that can carry parameters of their own.</summary>
internal enum ImageKind
{
    Kernel,
    Initrd,
}
