namespace Domain.Tests.Support;

/// <summary>Messages never put a bracket inside another: "(hiệu lực đến 15g33 (thứ Sáu))" reads badly.</summary>
public static class Brackets
{
    public static void NotNested(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            Assert.True(depth <= 1, $"A bracket inside a bracket: {text}");
        }
    }
}
