using SysMgmt.Bss.Extensions;
using SysMgmt.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(ServiceCommandLine.Translate(args));
builder.AddServiceDefaults();
builder.AddBss();

var app = builder.Build();
app.UseServiceDefaults();
app.MapBssApi();
app.Run();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
