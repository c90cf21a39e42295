using SysMgmt.ServiceDefaults.Hosting;
using SysMgmt.Smd.Extensions;

var builder = WebApplication.CreateBuilder(ServiceCommandLine.Translate(args));
builder.AddServiceDefaults();
builder.AddSmd();

var app = builder.Build();
app.UseServiceDefaults();
app.MapSmdApi();
app.Run();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
