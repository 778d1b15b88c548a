using FsCheck;
using FsCheck.Fluent;

namespace Domain.Tests.Fuzz;

/// <summary>The generators of the fuzz runs: hostile and ordinary input in the mix that drives the flows forward.</summary>
public static class FuzzGen
{
    private static readonly string[] Commands =
    [
        "start", "batdau", "help", "trogiup", "lang", "ngonngu", "huy", "cancel", "hoso", "profile", "xoadulieu", "erase",
        "lienket", "link", "choduyet", "pending", "thanhvien", "members", "hoinghi", "meeting", "sukien", "meetings",
        "thongke", "xuatds", "stats", "export", "thongbao", "broadcast", "huythongbao", "lichsu", "stopnotice", "notices",
        "gopy", "comment", "ykien", "comments", "totuyentruyen", "roster", "maqr", "qr", "phananh", "khongco", "START", "Hoso",
        "chiendich", "baocao", "khach", "diemdanh", "phananh",
    ];

    private static readonly string[] Names =
        ["Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng", "Phạm Minh Đức", "Huỳnh Thị Thu Hà", "Võ Văn Kiệt", "Đặng Ngọc Lan Anh"];

    private static readonly string[] Plain =
    [
        "Ủy viên", "Phó Chủ tịch", "Tổ trưởng", "Hủy", "huỷ", "cancel", "HUY", "Đồng ý", "Xác nhận", "Tham dự", "Gửi",
        "08g00 27/4/2027", "17g00 25/4/2027", "27/4/2027 8:00", "31/2/2027", "120", "0", "-5", "99999999999", "Hội trường A",
        "Ý kiến về công tác tuyên truyền ở khu phố", "Phường 5", "P05", "BTT", "có", "không", "1.", "2)", "Tiếng Việt",
    ];

    private static readonly string[] Hostile =
    [
        string.Empty, " ", "\n\n", "\t", "\0", "\u202EnấuĐ\u202C", "Nguyễn\u200BVăn\u200DAn", "\u2066Admin\u2069", "A\u0301nh",
        "👍🏽", "👨‍👩‍👧‍👦 Gia đình", "🇻🇳🇻🇳🇻🇳", "<b>đậm</b>", "</b><i>", "a & b < c > d", "&amp;&lt;", "<a href=\"x\">x</a>",
        "=1+1", "x;=cmd|' /C calc'!A0", "@SUM(1)", "\r\n=HYPERLINK()", "'; DROP TABLE members; --", "{\"$type\":\"signal\"}",
        "\uD83D", "\uDE00x", "\uFFFF\uFFFE", "\u0085\u2028\u2029", "Nguyễn Văn An\nTrần Thị B\nLê C",
    ];

    private static readonly string[] Prefixes =
        ["reg", "rsvp", "gy", "bc", "mtg", "dlg", "prof", "appr", "role", "merge", "link", "lang", "erase", "yk", "nt", "cmt", "pa", "pq", "pqn", "x", "",
         "cd", "cdt", "cdb", "rp", "rpa", "rpo", "rpr", "khach", "guest", "ci", "cih"];

    /// <summary>
    /// A run of <paramref name="steps"/> steps in bursts: one person does one to eight things in a
    /// row, as people do, then someone else.
    /// </summary>
    public static Gen<FuzzRun> Run(int actors, int steps) =>
        Burst(actors).ListOf(steps).Select(bursts => new FuzzRun(bursts.SelectMany(b => b).Take(steps).ToList()));

    private static Gen<IEnumerable<FuzzStep>> Burst(int actors) =>
        from actor in Gen.Choose(0, actors - 1)
        from actions in Gen.Frequency(
            (4, Gen.Choose(1, 8).SelectMany(n => Action.ListOf(n))),
            // Someone who sees a long conversation through (a campaign, a ward report) without a slip.
            (1, Gen.Choose(6, 24).SelectMany(n => Gen.Choose(0, 1_000_000).Select(i => (FuzzAction)new FuzzAction.Cooperate(i)).ListOf(n))))
        select actions.Select(action => new FuzzStep(actor, action));

    /// <summary>A 5,000-character text (and neighbours of the limits: 3,000, 4,096, 4,097).</summary>
    private static Gen<string> Long { get; } =
        from length in Gen.Elements(3_000, 3_001, 4_096, 4_097, 5_000)
        from unit in Gen.Elements("a", "ệ", "👍", "x\n", "<b>", "&", " ", "Nguyễn Văn ", "\u202E")
        select string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1))[..length];

    private static Gen<string> Text { get; } = Gen.Frequency(
        (4, Gen.Elements(Names)),
        (3, Gen.Choose(0, 99_999_999).Select(i => $"09{i:D8}")),
        (1, Gen.Elements("+84912345678", "0912 345 678", "84-912-345-678", "012345", "091234567890123", "(+84) 91 234 5678")),
        (4, Gen.Elements(Plain)),
        (4, Gen.Elements(Hostile)),
        (2, Long),
        (2, Gen.Elements(Hostile).ListOf(3).Select(parts => string.Concat(parts))),
        (1, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)));

    private static Gen<string> Command { get; } =
        from name in Gen.Elements(Commands)
        from args in Gen.Frequency(
            (6, Gen.Constant(string.Empty)),
            (2, Gen.Elements(" P05", " P99", " ../../etc", " 123456", " 000000", " abcdef", " 🙂", " \u202E", " -1", " 99999999999999999999", "@mttq_q5_test_bot", "@other_bot x", " ", "\n/start")),
            (1, Gen.Choose(0, 999_999).Select(i => $" {i:D6}")),
            (1, Long.Select(l => " " + l)))
        select "/" + name + args;

    private static Gen<string> Forged { get; } = Gen.Frequency(
        (5, from prefix in Gen.Elements(Prefixes)
            from parts in Gen.Elements("yes", "no", "confirm", "edit", "cancel", "send", "all", "b:", "field:Name", "unit:P05", "unit:ZZZ", "pick:x", "telegram:101", "zalo:z201", "approve:telegram:101", "hn-20270427", "yes:hn-20270427", "new:hn-20270427", "9999", "").ListOf(3)
            select prefix + ":" + string.Join(':', parts)),
        (1, Gen.Elements(Hostile)),
        (1, Long.Select(l => "reg:" + l)));

    private static Gen<FuzzAction> Contact { get; } =
        from phone in Gen.Frequency((3, Gen.Choose(0, 99_999_999).Select(i => $"+849{i:D8}")), (1, Gen.Elements("", "abc", "+1 555 0100", "84912345678")))
        from owner in Gen.Frequency((3, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 7).Select(i => (int?)i)))
        from none in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (FuzzAction)new FuzzAction.Contact(phone, owner, none);

    // Declared last: it is built from the generators above, and static initializers run in order.
    public static Gen<FuzzAction> Action { get; } = Gen.Frequency(
        (40, Gen.Choose(0, 1_000_000).Select(i => (FuzzAction)new FuzzAction.Cooperate(i))),
        (20, Gen.Choose(0, 9).Select(i => (FuzzAction)new FuzzAction.PressShown(i))),
        (14, Text.Select(t => (FuzzAction)new FuzzAction.Type(t))),
        (10, Command.Select(t => (FuzzAction)new FuzzAction.Type(t))),
        (8, Gen.Choose(1, 9).Select(i => (FuzzAction)new FuzzAction.Type(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        (8, Gen.Choose(0, 1_000_000).Select(i => (FuzzAction)new FuzzAction.PressStale(i))),
        (5, Forged.Select(d => (FuzzAction)new FuzzAction.PressForged(d))),
        (4, Contact),
        (2, from photo in Gen.Elements(true, false) from caption in Text.OrNull() select (FuzzAction)new FuzzAction.Media(photo, caption)),
        (1, Gen.Elements("sticker", "voice", "message.unsupported.received", "location").Select(w => (FuzzAction)new FuzzAction.Unsupported(w))),
        (1, Gen.Elements(1, 60, 24 * 60, 30 * 24 * 60, 200 * 24 * 60).Select(m => (FuzzAction)new FuzzAction.Wait(m))));
}
