using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Workers;
using Domain.Members;

namespace Bot.Storage;

/// <summary>Loads the list of units from its data file and checks it, so a typo is caught at start.</summary>
public static partial class UnitFile
{
    public static UnitCatalog Load(string path)
    {
        var (catalog, problems) = Check(path);
        return problems.Count == 0 ? catalog! : throw new StartupException(problems[0]);
    }

    /// <summary>Every problem of the file at once (for <c>Bot check-config</c>), and the units when there is none.</summary>
    public static (UnitCatalog? Catalog, IReadOnlyList<string> Problems) Check(string path)
    {
        if (!File.Exists(path))
        {
            return (null, [$"Không tìm thấy tệp danh sách đơn vị {path} (Organization__UnitsFile). / The unit list file {path} was not found (Organization__UnitsFile)."]);
        }

        UnitList? list;
        try
        {
            list = JsonSerializer.Deserialize<UnitList>(File.ReadAllText(path), Json.Options);
        }
        catch (JsonException ex)
        {
            return (null, [$"Tệp đơn vị {path} không đúng định dạng JSON: {ex.Message} / The unit file {path} is not valid JSON: {ex.Message}"]);
        }

        var units = list?.Units ?? [];
        var problems = new List<string>();
        if (units.Count == 0)
        {
            problems.Add($"Tệp đơn vị {path} không có đơn vị nào. / The unit file {path} lists no unit.");
        }

        foreach (var (unit, index) in units.Select((u, i) => (u, i + 1)))
        {
            if (!CodeShape().IsMatch(unit.Code ?? string.Empty) || string.IsNullOrWhiteSpace(unit.Name))
            {
                problems.Add($"Tệp đơn vị {path}, đơn vị thứ {index} ('{unit.Code}'): mỗi đơn vị cần mã (chữ, số, _ hoặc -, tối đa 20 ký tự) và tên. / The unit file {path}, unit {index} ('{unit.Code}'): each unit needs a code (letters, digits, _ or -, up to 20) and a name.");
            }
        }

        foreach (var duplicate in units.Where(u => u.Code is not null).GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"Tệp đơn vị {path}: mã {duplicate.Key} bị trùng. / The unit file {path}: code {duplicate.Key} appears twice.");
        }

        return problems.Count == 0 ? (new UnitCatalog(units), problems) : (null, problems);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,20}$")]
    private static partial Regex CodeShape();

    private sealed record UnitList(List<Unit> Units);
}
