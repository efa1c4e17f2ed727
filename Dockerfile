# The production image of the SocialeKaart host. Built by docker-compose.yml; not built in CI here
# (no Docker engine on these machines, see README).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# npm for the site's front-end packages (Leaflet), installed from the lockfile.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cd src/Modules/Site && npm ci --no-audit --no-fund
# Wolverine's handler code is generated and compiled in, so the container starts without runtime compilation
# (docs/adr/0006-code-generation.md).
RUN ConnectionStrings__SocialeKaart="Host=unused" dotnet run --project src/Host -c Release --no-launch-profile -- codegen write \
 && dotnet publish src/Host -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends curl hunspell-nl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Wolverine__CodeGeneration=Static
USER app
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s CMD curl -fsS http://localhost:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "SocialeKaart.Host.dll"]
