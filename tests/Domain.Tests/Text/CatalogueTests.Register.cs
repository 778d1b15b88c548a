using System.Reflection;
using System.Text.RegularExpressions;
using Domain.Conversations.Basics;
using Domain.Text;

namespace Domain.Tests.Text;

/// <summary>
/// The register of every Vietnamese text, checked against docs/glossary.md: no form of its "Không
/// dùng" column (so never "bạn", "tôi" or "bot"), and the glossary's capitals kept ("Ban Tổ chức").
/// Every Msg field of the catalogue is read by reflection, whatever partial file declares it.
/// </summary>
public sealed partial class CatalogueTests
{
    private sealed record Term(string Word, IReadOnlyList<string> Avoid);

    private static readonly Lazy<IReadOnlyList<Term>> Glossary = new(ReadGlossary);

    private static List<Term> ReadGlossary()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "glossary.md");
        var terms = new List<Term>();
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('|');
            if (cells.Length != 6 || !line.StartsWith("| ", StringComparison.Ordinal) || cells[1].Trim() == "Tiếng Việt")
            {
                continue;
            }

            var avoid = Regex.Matches(cells[4], "`([^`]+)`").Select(m => m.Groups[1].Value).ToList();
            terms.Add(new Term(cells[1].Trim(), avoid));
        }

        return terms;
    }

    /// <summary>Every Vietnamese text the people see: the catalogue's entries and the command menu.</summary>
    public static TheoryData<string> VietnameseTexts()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(Texts).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Msg)))
        {
            data.Add(field.Name);
        }

        foreach (var entry in CommandMenu.Entries)
        {
            data.Add("/" + entry.Command);
        }

        return data;
    }

    private static string Vietnamese(string name) => name.StartsWith('/')
        ? CommandMenu.Entries.Single(e => "/" + e.Command == name).Description.Vi
        : ((Msg)typeof(Texts).GetField(name)!.GetValue(null)!).Vi;

    /// <summary>A whole-word match: no letter or digit just before or after the form.</summary>
    private static Regex Word(string form) =>
        new($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(form)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public void The_glossary_is_read()
    {
        var terms = Glossary.Value;

        Assert.True(terms.Count >= 15);
        Assert.Contains(terms, t => t.Word == "Anh/Chị" && t.Avoid.Contains("bạn"));
        Assert.Contains(terms, t => t.Word == "Trợ lý" && t.Avoid.Contains("tôi") && t.Avoid.Contains("bot"));
        Assert.Contains(terms, t => t.Word == "Cán bộ đầu mối đơn vị" && t.Avoid.Contains("điều phối viên"));
    }

    [Fact]
    public void The_word_match_finds_pronouns_and_not_other_words()
    {
        Assert.Matches(Word("bạn"), "Cảm ơn Bạn!");
        Assert.Matches(Word("tôi"), "Tôi chưa hiểu.");
        Assert.Matches(Word("bot"), "đã chặn bot: 3");
        Assert.DoesNotMatch(Word("bạn"), "Ban Tổ chức, bạnh");
        Assert.DoesNotMatch(Word("bot"), "robot, bots");
    }

    [Theory]
    [MemberData(nameof(VietnameseTexts))]
    public void No_Vietnamese_text_uses_a_word_the_glossary_avoids(string name)
    {
        var text = Vietnamese(name);
        foreach (var term in Glossary.Value)
        {
            foreach (var form in term.Avoid)
            {
                Assert.False(Word(form).IsMatch(text), $"{name} says \"{form}\"; the glossary's word is \"{term.Word}\": {text}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(VietnameseTexts))]
    public void Glossary_terms_keep_their_capitals(string name)
    {
        var text = Vietnamese(name);
        foreach (var term in Glossary.Value.Where(t => t.Word.Skip(1).Any(char.IsUpper)))
        {
            foreach (Match match in Word(term.Word).Matches(text))
            {
                Assert.True(match.Value == term.Word, $"{name} writes \"{match.Value}\"; the glossary writes \"{term.Word}\".");
            }
        }
    }

    [Fact]
    public void The_unknown_input_answer_is_the_glossarys()
    {
        Assert.Equal("Xin lỗi, Trợ lý chưa hiểu tin nhắn này. Anh/Chị gõ /help để xem hướng dẫn.", Texts.NotUnderstood.Vi);
    }

    [Fact]
    public void Reminders_and_invitations_address_Dong_chi()
    {
        foreach (var msg in new[] { Texts.ReminderUnanswered, Texts.ReminderAttending, Texts.ReminderDelegated })
        {
            Assert.Contains("Kính nhắc Đồng chí: ", msg.Vi, StringComparison.Ordinal);
        }

        Assert.Contains("Kính mời Đồng chí", Texts.MeetingNotice.Vi, StringComparison.Ordinal);
        Assert.Contains("Xác nhận tham dự: ", Texts.MeetingNotice.Vi, StringComparison.Ordinal);
        Assert.Equal("Chưa xác nhận", Texts.AnswerNone.Vi);
    }
}
