namespace SysMgmt.Bss.BootParameters;

/// <summary>A kernel or initrd, by path, with the parameters added for every node that boots it.</summary>
internal sealed record BootImage(ImageKind Kind, string Path, string Params);
