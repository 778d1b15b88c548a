using Domain.Users;

namespace Domain.Tests.Support;

/// <summary>The people of the tests. A Telegram contact's owner id is the user id alone.</summary>
public static class People
{
    public static readonly UserKey Alice = new("tg", "101");

    public static readonly UserKey Bob = new("tg", "102");

    public static readonly UserKey Carol = new("tg", "103");

    public static readonly UserKey SecondOrganizer = new("tg", "9002");
}
