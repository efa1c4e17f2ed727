namespace SocialeKaart.Modules.Directory.DataSet.Registers;

/// <summary>What the real registers cover, so the generated part does not invent what they already hold.</summary>
/// <param name="OcmwMunicipalities">Municipalities (2025 NIS) with a real OCMW: no invented Sociaal Huis there.</param>
/// <param name="Pharmacies">True when the real pharmacies are loaded: no invented ones.</param>
public sealed record RegisterCoverage(IReadOnlySet<string> OcmwMunicipalities, bool Pharmacies)
{
    public static readonly RegisterCoverage None = new(new HashSet<string>(), false);
}

/// <summary>The real registers in shared/data, as fiches in load order: hospitals, OCMW's and their associations, pharmacies.</summary>
public sealed record RealRegisters(IReadOnlyList<GeneratedFiche> Fiches, RegisterCoverage Coverage, string Summary)
{
    public static readonly RealRegisters Empty = new([], RegisterCoverage.None, "no real registers (shared data folder not found)");

    public static RealRegisters Read(string sharedData, IGeography geography)
    {
        var fiches = new List<GeneratedFiche>();
        var index = 0;
        fiches.AddRange(HospitalSites.ToFiches(HospitalSites.Load(sharedData), geography, () => index++));
        var ocmw = OcmwRegister.Read(sharedData, geography);
        var pharmacies = PharmacyRegister.Read(sharedData, geography);
        foreach (var record in ocmw.Concat(pharmacies.Records))
        {
            fiches.Add(record.ToFiche(index, FicheGenerator.BaseTime.AddSeconds(index)));
            index++;
        }
        var covered = ocmw.Where(r => r.Kind == "ocmw" && r.Active).SelectMany(r => r.WorkingAreaNis).ToHashSet();
        var summary = $"{fiches.Count - ocmw.Count - pharmacies.Records.Count} hospital fiches, {ocmw.Count} OCMW's and associations, " +
            $"{pharmacies.Records.Count} pharmacies from OpenStreetMap ({pharmacies.WithoutAddress} without street, {pharmacies.WithoutPhone} without phone left out; " +
            $"opening hours read for {pharmacies.HoursRead}, {pharmacies.HoursUnreadable} unreadable)";
        return new RealRegisters(fiches, new RegisterCoverage(covered, pharmacies.Records.Count > 0), summary);
    }
}
