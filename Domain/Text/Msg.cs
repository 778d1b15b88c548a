namespace Domain.Text;

/// <summary>One entry of the message catalogue: the Vietnamese text first, then English.</summary>
public sealed record Msg(string Vi, string En)
{
    public Html For(Lang lang, params object?[] args) => Html.Format(lang == Lang.En ? En : Vi, args);

    public string Plain(Lang lang) => lang == Lang.En ? En : Vi;
}
