using Domain.Conversations;

namespace Domain.Members;

/// <summary>The answer to "erase all my data?": only an explicit yes erases.</summary>
public sealed record ErasureButton(bool Erase) : IButton<ErasureButton>
{
    private const string Yes = "yes";
    private const string No = "no";

    public static string Flow => "erase";

    public static ErasureButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        [Yes] => new ErasureButton(true),
        [No] => new ErasureButton(false),
        _ => null,
    };

    public string Encode() => ButtonData.Join(Flow, Erase ? Yes : No);
}
