// The search result shapes are published in Contracts (IQuickSearch), so the public pages can use them.
global using SocialeKaart.Modules.Contracts.Search;
