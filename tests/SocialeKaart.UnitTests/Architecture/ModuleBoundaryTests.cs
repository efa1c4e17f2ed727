using System.Reflection;
using System.Xml.Linq;

namespace SocialeKaart.UnitTests.Architecture;

/// <summary>Modules talk through Contracts messages only: no module may reference another module.</summary>
public sealed class ModuleBoundaryTests
{
    private const string Contracts = "SocialeKaart.Modules.Contracts";
    private static readonly string[] SharedProjects = [Contracts, "SocialeKaart.BuildingBlocks"];

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var project in RepositoryLayout.ModuleProjects())
            if (Path.GetFileNameWithoutExtension(project.Name) != Contracts) data.Add(project.FullName);
        return data;
    }

    [Fact]
    public void the_solution_has_modules_to_check() => Assert.True(Modules().Count >= 2);

    [Theory]
    [MemberData(nameof(Modules))]
    public void a_module_project_references_only_contracts_and_building_blocks(string projectPath)
    {
        var references = XDocument.Load(projectPath).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .ToList();

        Assert.All(references, r => Assert.Contains(r, SharedProjects));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void a_module_assembly_does_not_load_another_module(string projectPath)
    {
        var name = Path.GetFileNameWithoutExtension(projectPath);
        var referenced = Assembly.Load(name).GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, r => r.StartsWith("SocialeKaart.Modules.", StringComparison.Ordinal) && r != Contracts);
    }

    [Fact]
    public void contracts_depend_on_nothing_of_ours_and_on_no_package()
    {
        var project = RepositoryLayout.ModuleProjects().Single(p => Path.GetFileNameWithoutExtension(p.Name) == Contracts);
        var document = XDocument.Load(project.FullName);
        Assert.Empty(document.Descendants("ProjectReference"));
        Assert.Empty(document.Descendants("PackageReference"));
    }

    [Fact]
    public void the_check_would_catch_a_forbidden_reference()
    {
        var forbidden = new XDocument(new XElement("Project", new XElement("ItemGroup",
            new XElement("ProjectReference", new XAttribute("Include", "../Search/SocialeKaart.Modules.Search.csproj")))));
        var references = forbidden.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value));
        Assert.Contains(references, r => !SharedProjects.Contains(r));
    }
}
