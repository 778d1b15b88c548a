using Domain.Conversations;

namespace Domain.Tests.Buttons;

/// <summary>A button record with the exact data it must send (the form old messages carry).</summary>
public sealed record ButtonSample(IButton Button, string Wire, string Flow, Func<IReadOnlyList<string>, IButton?> Decode)
{
    public static ButtonSample Of<TButton>(TButton button, string wire)
        where TButton : class, IButton<TButton> => new(button, wire, TButton.Flow, parts => TButton.Decode(parts));

    public override string ToString() => Wire;
}

/// <summary>Checks shared by every family's round-trip test.</summary>
public static class Codec
{
    public static void RoundTrips(ButtonSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        Assert.Equal(sample.Wire, sample.Button.Encode());
        Assert.True(ButtonData.TrySplit(sample.Wire, out var flow, out var parts));
        Assert.Equal(sample.Flow, flow);
        Assert.Equal(sample.Button, sample.Decode(parts));
    }

    public static TButton? Decode<TButton>(string data)
        where TButton : class, IButton<TButton>
    {
        Assert.True(ButtonData.TrySplit(data, out var flow, out var parts));
        Assert.Equal(TButton.Flow, flow);
        return TButton.Decode(parts);
    }

    public static TheoryData<ButtonSample> Data(IEnumerable<ButtonSample> samples)
    {
        var data = new TheoryData<ButtonSample>();
        foreach (var sample in samples)
        {
            data.Add(sample);
        }

        return data;
    }
}
