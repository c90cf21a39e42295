namespace SysMgmt.Bss.BootScript;

/// <summary>A boot script (or its <c>json=1</c> form) ready to send.</summary>
internal readonly record struct BootScriptAnswer(string Body, bool IsJson);
