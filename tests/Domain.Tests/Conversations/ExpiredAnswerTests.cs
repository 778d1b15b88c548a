using System.Reflection;
using Domain.Conversations;

namespace Domain.Tests.Conversations;

/// <summary>An expired button gets one answer, written in one place: no flow keeps its own copy.</summary>
public sealed class ExpiredAnswerTests
{
    [Fact]
    public void Only_the_button_route_answers_an_expired_button()
    {
        var copies = typeof(Turn).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name == "Expired" && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(Turn))
            .Select(m => m.DeclaringType!.FullName)
            .ToList();

        Assert.Equal(["Domain.Conversations.ButtonRoute"], copies);
    }
}
