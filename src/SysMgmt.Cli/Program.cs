using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SysMgmt.Cli;
using SysMgmt.Cli.Commands;

await using var services = new ServiceCollection().AddSysMgmtCommands().BuildServiceProvider();
var root = services.GetRequiredService<SysMgmtRootCommand>();
// System.CommandLine cancels the action's token on Ctrl-C and SIGTERM.
return await CommandLineRunner.RunAsync(root, args, new InvocationConfiguration());
