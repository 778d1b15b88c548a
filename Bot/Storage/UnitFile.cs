using System.Text.Json;
using System.Text.RegularExpressions;
using Domain.Members;

namespace Bot.Storage;

/// <summary>Loads the list of units from its data file and checks it, so a typo is caught at start.</summary>
public static partial class UnitFile
{
    public static UnitCatalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new StartupException($"Không tìm thấy tệp danh sách đơn vị {path} (Bot__UnitsFile). / The unit list file {path} was not found (Bot__UnitsFile).");
        }

        UnitList? list;
        try
        {
            list = JsonSerializer.Deserialize<UnitList>(File.ReadAllText(path), Json.Options);
        }
        catch (JsonException ex)
        {
            throw new StartupException($"Tệp đơn vị {path} không đúng định dạng JSON: {ex.Message} / The unit file {path} is not valid JSON: {ex.Message}", ex);
        }

        var units = list?.Units ?? [];
        var bad = units.FirstOrDefault(u => !CodeShape().IsMatch(u.Code ?? string.Empty) || string.IsNullOrWhiteSpace(u.Name));
        if (units.Count == 0 || bad is not null)
        {
            throw new StartupException($"Tệp đơn vị {path}: mỗi đơn vị cần mã (chữ, số, _ hoặc -, tối đa 20 ký tự) và tên. / The unit file {path}: each unit needs a code (letters, digits, _ or -, up to 20) and a name.");
        }

        var duplicate = units.GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new StartupException($"Tệp đơn vị {path}: mã {duplicate.Key} bị trùng. / The unit file {path}: code {duplicate.Key} appears twice.");
        }

        return new UnitCatalog(units);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,20}$")]
    private static partial Regex CodeShape();

    private sealed record UnitList(List<Unit> Units);
}
