// The namespaces every file of this module uses; each file adds only what is particular to it.
global using System.Security.Claims;
global using Marten;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Http;
global using SocialeKaart.BuildingBlocks;
global using SocialeKaart.Modules.Contracts;
global using SocialeKaart.Modules.Contracts.Accounts;
global using SocialeKaart.Modules.Contracts.Directory;
global using SocialeKaart.Modules.Contracts.Search;
global using SocialeKaart.Modules.Contracts.Security;
global using SocialeKaart.Modules.Contracts.Workspace;
global using Wolverine;
global using Wolverine.Http;
