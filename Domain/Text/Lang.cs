namespace Domain.Text;

/// <summary>The languages the bot speaks; Vietnamese first.</summary>
public enum Lang
{
    Vi,
    En,
}

public static class LangCodes
{
    public static string Code(this Lang lang) => lang == Lang.En ? "en" : "vi";

    public static bool TryParse(string? code, out Lang lang)
    {
        switch (code?.Trim().ToUpperInvariant())
        {
            case "VI":
                lang = Lang.Vi;
                return true;
            case "EN":
                lang = Lang.En;
                return true;
            default:
                lang = Lang.Vi;
                return false;
        }
    }
}
