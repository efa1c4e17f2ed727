namespace SocialeKaart.Modules.Site.Pages;

/// <summary>Previous/next paging under a list of results: the current page, how many there are, and each page's address.</summary>
public sealed record PagerModel(int Page, int Pages, Func<int, string> Link)
{
    /// <summary>The engines page through at most 10,000 results: 500 pages of 20.</summary>
    public const int MaxPage = 500;

    public static int PagesFor(int total, int pageSize) => Math.Min(MaxPage, (total + pageSize - 1) / pageSize);
}
