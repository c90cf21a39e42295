using System.Text;

namespace SysMgmt.Bss.BootScript;

/// <summary>A boot script (or its <c>json=1</c> form), rendered into a builder from <see cref="ScriptBuilders"/>.</summary>
internal readonly record struct BootScriptAnswer(StringBuilder Body, bool IsJson);
