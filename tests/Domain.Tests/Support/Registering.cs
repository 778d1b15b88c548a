using Domain.Members;
using Domain.Users;

namespace Domain.Tests.Support;

/// <summary>Walks a person through registration by chat, or puts a member straight into the store.</summary>
public static class Registering
{
    public const string Name = "Nguyễn Thị Hoa";
    public const string Phone = "0901234567";
    public const string NormalizedPhone = "+84901234567";
    public const string UnitCode = "P05";
    public const string UnitName = "Phường 5";
    public const string Position = "Tổ trưởng tổ dân phố";

    public static readonly string[] Steps = ["Consent", "Name", "Phone", "Unit", "Position", "Review"];

    /// <summary>Answers every question before <paramref name="step"/>, so that step's question was just asked.</summary>
    public static void ToStep(ConversationDriver driver, UserKey user, string step, string name = Name)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var index = Array.IndexOf(Steps, step);
        if (index < 0)
        {
            throw new ArgumentException($"No step {step}.", nameof(step));
        }

        Action[] answers =
        [
            () => driver.Command(user, "/start"),
            () => driver.Press(user, "reg:agree"),
            () => driver.Text(user, name),
            () => driver.Text(user, Phone),
            () => driver.Press(user, $"reg:unit:{UnitCode}"),
            () => driver.Text(user, Position),
        ];
        foreach (var answer in answers.Take(index + 1))
        {
            answer();
        }
    }

    /// <summary>Registers by chat and confirms; the member is pending unless the settings approve at once.</summary>
    public static void Complete(ConversationDriver driver, UserKey user, string name = Name)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ToStep(driver, user, "Review", name);
        driver.Press(user, "reg:confirm");
    }

    public static Member Seed(ConversationDriver driver, UserKey user, MemberStatus status, string name = Name, string unitCode = UnitCode)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var member = new Member
        {
            Id = user.ToString(),
            FullName = name,
            Phone = NormalizedPhone,
            UnitCode = unitCode,
            Position = Position,
            Status = status,
            ConsentAt = driver.Now,
            RegisteredAt = driver.Now,
        };
        driver.Store.Put(member);
        return member;
    }
}
