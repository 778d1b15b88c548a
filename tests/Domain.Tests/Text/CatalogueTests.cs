using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Domain.Conversations.Basics;
using Domain.Text;

namespace Domain.Tests.Text;

/// <summary>Every entry of the message catalogue, read by reflection, in both languages.</summary>
public sealed partial class CatalogueTests
{
    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (var field in Fields())
        {
            data.Add(field.Name);
        }

        return data;
    }

    private static IEnumerable<FieldInfo> Fields() =>
        typeof(Texts).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Msg));

    private static Msg Entry(string name) => (Msg)typeof(Texts).GetField(name)!.GetValue(null)!;

    [GeneratedRegex(@"(?<!\{)\{(\d+)\}")]
    private static partial Regex Placeholder();

    private static SortedSet<string> Placeholders(string template) =>
        new(Placeholder().Matches(template).Select(m => m.Groups[1].Value), StringComparer.Ordinal);

    [Fact]
    public void The_catalogue_is_found()
    {
        Assert.True(Fields().Count() > 50);
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Both_languages_are_written(string name)
    {
        var msg = Entry(name);

        Assert.False(string.IsNullOrWhiteSpace(msg.Vi));
        Assert.False(string.IsNullOrWhiteSpace(msg.En));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Vietnamese_is_in_NFC(string name)
    {
        Assert.True(Entry(name).Vi.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Both_languages_use_the_same_placeholders(string name)
    {
        var msg = Entry(name);

        Assert.Equal(Placeholders(msg.Vi), Placeholders(msg.En));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Every_template_formats_with_its_arguments(string name)
    {
        var msg = Entry(name);
        var args = Enumerable.Range(0, 10).Select(i => (object?)$"<{i}>").ToArray();

        foreach (var lang in new[] { Lang.Vi, Lang.En })
        {
            var text = msg.For(lang, args).Value;
            foreach (var used in Placeholders(msg.Plain(lang)))
            {
                Assert.Contains($"&lt;{used}&gt;", text, StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex("</?(b|i|u|s|code|pre)>")]
    private static partial Regex TelegramTag();

    [GeneratedRegex("&(amp|lt|gt|quot);")]
    private static partial Regex TelegramEntity();

    // The console texts are read only by the console channel, as plain text ("!as <id> <tên>").
    [Theory]
    [MemberData(nameof(Entries))]
    public void Templates_sent_to_chats_are_valid_telegram_html(string name)
    {
        if (name.StartsWith("Console", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var lang in new[] { Lang.Vi, Lang.En })
        {
            var template = Entry(name).Plain(lang);
            var rest = TelegramEntity().Replace(TelegramTag().Replace(template, string.Empty), string.Empty);
            Assert.DoesNotContain('<', rest);
            Assert.DoesNotContain('>', rest);
            Assert.DoesNotContain('&', rest);
            foreach (var tag in new[] { "b", "i", "u", "s", "code", "pre" })
            {
                Assert.Equal(
                    Regex.Count(template, $"<{tag}>"),
                    Regex.Count(template, $"</{tag}>"));
            }
        }
    }

    [Fact]
    public void Command_menu_descriptions_are_written_in_both_languages_in_NFC()
    {
        foreach (var entry in CommandMenu.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Description.Vi));
            Assert.False(string.IsNullOrWhiteSpace(entry.Description.En));
            Assert.True(entry.Description.Vi.IsNormalized(NormalizationForm.FormC), entry.Command);
        }
    }
}
