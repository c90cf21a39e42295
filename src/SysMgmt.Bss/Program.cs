using SysMgmt.Bss.Extensions;
using SysMgmt.ServiceDefaults.Hosting;

return ServiceHost.Run(args, typeof(Program).Assembly, builder => builder.AddBss(), app => app.MapBssApi());

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
