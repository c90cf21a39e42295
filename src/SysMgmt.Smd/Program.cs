using SysMgmt.ServiceDefaults.Hosting;
using SysMgmt.Smd.Extensions;

return ServiceHost.Run(args, typeof(Program).Assembly, builder => builder.AddSmd(), app => app.MapSmdApi());

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
