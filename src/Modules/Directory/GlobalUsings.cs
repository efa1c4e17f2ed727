// The namespaces every endpoint of this module uses; each file adds only what is particular to it.
global using System.Security.Claims;
global using System.Text.Json.Serialization;
global using Marten;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using SocialeKaart.BuildingBlocks;
global using SocialeKaart.Modules.Contracts;
global using SocialeKaart.Modules.Contracts.Directory;
global using SocialeKaart.Modules.Contracts.Geography;
global using SocialeKaart.Modules.Contracts.Security;
global using SocialeKaart.Modules.Directory.Validation;
global using Wolverine;
global using Wolverine.Http;
global using Wolverine.Marten;
