namespace SocialeKaart.Modules.Contracts.Security;

/// <summary>
/// Lets an endpoint be shown inside other sites' pages (the embeddable widget, issue 17): its Content-Security-Policy
/// says <c>frame-ancestors</c> with these sources instead of the site-wide <c>'none'</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class FrameAncestorsAttribute(string sources) : Attribute
{
    public string Sources { get; } = sources;
}
