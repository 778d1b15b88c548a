using System.Text.Json;
using System.Text.Json.Serialization;
using Domain.Conversations;
using Domain.Members;
using Domain.Members.Registration;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Registration;

/// <summary>
/// A restart between two messages: the session is all that survives, as JSON, and the machine
/// is rebuilt from it on the next message.
/// </summary>
public sealed class RestartTests
{
    // As the shell stores records: web defaults with enums as names.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static Session RoundTrip(Session session) =>
        JsonSerializer.Deserialize<Session>(JsonSerializer.Serialize(session, Json), Json)!;

    [Fact]
    public void Session_survives_a_round_trip_through_json()
    {
        var before = new ConversationDriver();
        Registering.ToStep(before, Alice, "Phone");
        var stored = before.SessionOf(Alice)!;

        var restored = RoundTrip(stored);

        Assert.Equal((stored.Id, stored.Lang, stored.Flow, stored.State), (restored.Id, restored.Lang, restored.Flow, restored.State));
        Assert.Equal(stored.Draft.OrderBy(p => p.Key), restored.Draft.OrderBy(p => p.Key));
        Assert.Equal(Alice, restored.Key);
    }

    [Fact]
    public void Rebuilding_the_machine_from_a_stored_session_sends_nothing_and_changes_nothing()
    {
        var before = new ConversationDriver();
        Registering.ToStep(before, Alice, "Phone");
        var restored = RoundTrip(before.SessionOf(Alice)!);
        var turn = new Turn(
            new InboundEnvelope("x", Alice, new TextIn("anything"), before.Now),
            restored,
            new MemoryStore(),
            before.Settings,
            before.Now);

        var machine = new RegistrationMachine(turn, new RegistrationActions(ConversationDriver.Units, new ApprovalRequests(ConversationDriver.Units)));

        Assert.Equal(RegistrationMachine.State.Phone, machine.Step);
        Assert.False(machine.Finished);
        Assert.Same(restored, turn.Session);
        Assert.Empty(turn.Changes.Deliveries);
        Assert.Empty(turn.Changes.Upserts);
    }

    [Fact]
    public void After_a_restart_the_conversation_continues_from_the_same_step()
    {
        var before = new ConversationDriver();
        Registering.ToStep(before, Alice, "Phone");
        var store = new MemoryStore();
        store.Put(RoundTrip(before.SessionOf(Alice)!));
        var after = new ConversationDriver(before.Settings, store);

        after.Text(Alice, "0901 234 567");

        Assert.Equal(["✓ 0901 234 567", Texts.AskUnit.Vi()], after.TextsTo(Alice));
        after.Press(Alice, "Phường 5");
        after.Text(Alice, Registering.Position);
        after.Press(Alice, "Xác nhận");
        var member = after.MemberOf(Alice)!;
        Assert.Equal((Registering.Name, "+84901234567", "P05"), (member.FullName, member.Phone, member.UnitCode));
        Assert.Equal(before.Now, member.ConsentAt);
    }

    [Fact]
    public void After_a_restart_during_an_edit_the_answer_still_goes_back_to_the_review()
    {
        var before = new ConversationDriver();
        Registering.ToStep(before, Alice, "Review");
        before.Press(Alice, "Sửa");
        before.Press(Alice, "Số điện thoại");
        var store = new MemoryStore();
        store.Put(RoundTrip(before.SessionOf(Alice)!));
        var after = new ConversationDriver(before.Settings, store);

        after.Text(Alice, "0912345678");

        Assert.Equal("Review", after.SessionOf(Alice)!.State);
    }
}
