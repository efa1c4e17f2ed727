using JasperFx;
using SocialeKaart.Host.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddSocialeKaart();

var app = builder.Build();
app.UseSocialeKaart();

// JasperFx commands: `dotnet run -- codegen write`, `-- db-apply`, ... ; no argument runs the site.
return await app.RunJasperFxCommands(args);

public partial class Program;
