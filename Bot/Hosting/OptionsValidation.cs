using System.Text.RegularExpressions;
using Domain.Text;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>
/// Checks the configuration at start. Each failure is one sentence for the operator, Vietnamese
/// then English, naming the setting and how to set it.
/// </summary>
public sealed partial class BotOptionsValidation : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add("Bot:DatabasePath đang trống; đặt đường dẫn tệp dữ liệu, ví dụ data/bot.db (Bot__DatabasePath). / Bot:DatabasePath is empty; set a data file path such as data/bot.db (Bot__DatabasePath).");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? string.Empty, out _))
        {
            failures.Add($"Organization:TimeZone (Bot:TimeZone) '{options.TimeZone}' không phải múi giờ hợp lệ; dùng Asia/Ho_Chi_Minh (Organization__TimeZone). / Organization:TimeZone (Bot:TimeZone) '{options.TimeZone}' is not a known time zone; use Asia/Ho_Chi_Minh (Organization__TimeZone).");
        }

        if (!LangCodes.TryParse(options.DefaultLanguage, out _))
        {
            failures.Add($"Organization:DefaultLanguage (Bot:DefaultLanguage) '{options.DefaultLanguage}' phải là vi hoặc en (Organization__DefaultLanguage). / Organization:DefaultLanguage (Bot:DefaultLanguage) '{options.DefaultLanguage}' must be vi or en (Organization__DefaultLanguage).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public sealed partial class TelegramOptionsValidation : IValidateOptions<TelegramOptions>
{
    /// <summary>The shape BotFather gives: the bot's numeric id, a colon, then the secret.</summary>
    public static bool LooksLikeToken(string? token) => token is not null && TokenShape().IsMatch(token);

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.Token) && !LooksLikeToken(options.Token))
        {
            failures.Add("Telegram:Token không đúng dạng <số>:<chuỗi> mà BotFather cấp; đặt lại biến môi trường Telegram__Token. / Telegram:Token is not of the form <digits>:<text> that BotFather gives; set the environment variable Telegram__Token again.");
        }

        if (!string.IsNullOrEmpty(options.BaseUrl) &&
            !(Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            failures.Add($"Telegram:BaseUrl '{options.BaseUrl}' phải là địa chỉ http(s) đầy đủ hoặc để trống (Telegram__BaseUrl). / Telegram:BaseUrl '{options.BaseUrl}' must be a full http(s) address or empty (Telegram__BaseUrl).");
        }

        if (!string.Equals(options.Mode, "polling", StringComparison.OrdinalIgnoreCase) && !options.UsesWebhook)
        {
            failures.Add($"Telegram:Mode '{options.Mode}' phải là polling hoặc webhook (Telegram__Mode). / Telegram:Mode '{options.Mode}' must be polling or webhook (Telegram__Mode).");
        }

        if (options.UsesWebhook && !(Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var hook) && hook.Scheme == "https"))
        {
            failures.Add("Chế độ webhook cần Telegram:WebhookUrl là địa chỉ https công khai (Telegram__WebhookUrl). / Webhook mode needs Telegram:WebhookUrl, a public https address (Telegram__WebhookUrl).");
        }

        if (options.UsesWebhook && !SecretShape().IsMatch(options.WebhookSecret ?? string.Empty))
        {
            failures.Add("Chế độ webhook cần Telegram:WebhookSecret dài 32-256 ký tự A-Z a-z 0-9 _ -, ví dụ kết quả của openssl rand -hex 32 (Telegram__WebhookSecret). / Webhook mode needs Telegram:WebhookSecret, 32-256 characters of A-Z a-z 0-9 _ -, such as the output of openssl rand -hex 32 (Telegram__WebhookSecret).");
        }

        if (options.PollTimeoutSeconds is < 0 or > 50)
        {
            failures.Add("Telegram:PollTimeoutSeconds phải từ 0 đến 50. / Telegram:PollTimeoutSeconds must be between 0 and 50.");
        }

        if (options.GlobalPerSecond < 1 || options.PerChatPerSecond < 0 || options.PerChatBurst < 1)
        {
            failures.Add("Telegram:GlobalPerSecond và PerChatBurst phải lớn hơn 0, PerChatPerSecond không âm (0 = không giới hạn từng chat). / Telegram:GlobalPerSecond and PerChatBurst must be above 0, PerChatPerSecond not negative (0 = no per-chat limit).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^\d{3,}:[A-Za-z0-9_-]{10,}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{32,256}$")]
    private static partial Regex SecretShape();
}

public sealed partial class ZaloOptionsValidation : IValidateOptions<ZaloOptions>
{
    public ValidateOptionsResult Validate(string? name, ZaloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.Token) && !TokenShape().IsMatch(options.Token))
        {
            failures.Add("Zalo:Token không đúng dạng <bot_id>:<access_token> mà Zalo Bot Creator cấp; đặt lại biến môi trường Zalo__Token. / Zalo:Token is not of the form <bot_id>:<access_token> that Zalo Bot Creator gives; set the environment variable Zalo__Token again.");
        }

        if (!(Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            failures.Add($"Zalo:BaseUrl '{options.BaseUrl}' phải là địa chỉ http(s) đầy đủ (Zalo__BaseUrl). / Zalo:BaseUrl '{options.BaseUrl}' must be a full http(s) address (Zalo__BaseUrl).");
        }

        if (!string.Equals(options.Mode, "polling", StringComparison.OrdinalIgnoreCase) && !options.UsesWebhook)
        {
            failures.Add($"Zalo:Mode '{options.Mode}' phải là polling hoặc webhook (Zalo__Mode). / Zalo:Mode '{options.Mode}' must be polling or webhook (Zalo__Mode).");
        }

        if (options.UsesWebhook && !(Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var hook) && hook.Scheme == "https"))
        {
            failures.Add("Chế độ webhook cần Zalo:WebhookUrl là địa chỉ https công khai (Zalo__WebhookUrl). / Webhook mode needs Zalo:WebhookUrl, a public https address (Zalo__WebhookUrl).");
        }

        if (options.UsesWebhook && (options.WebhookSecret?.Length ?? 0) is < 32 or > 256)
        {
            failures.Add("Chế độ webhook cần Zalo:WebhookSecret dài 32-256 ký tự, ví dụ kết quả của openssl rand -hex 32 (Zalo__WebhookSecret). / Webhook mode needs Zalo:WebhookSecret, 32-256 characters, such as the output of openssl rand -hex 32 (Zalo__WebhookSecret).");
        }

        if (options.UnreachableAfter < TimeSpan.Zero || options.QuotaFirstWait <= TimeSpan.Zero || options.QuotaMaxWait < options.QuotaFirstWait)
        {
            failures.Add("Zalo:UnreachableAfter không được âm, Zalo:QuotaFirstWait phải lớn hơn 0 và Zalo:QuotaMaxWait không nhỏ hơn nó. / Zalo:UnreachableAfter must not be negative, Zalo:QuotaFirstWait must be above 0 and Zalo:QuotaMaxWait not below it.");
        }

        if (options.PollTimeoutSeconds is < 1 or > 60)
        {
            failures.Add("Zalo:PollTimeoutSeconds phải từ 1 đến 60. / Zalo:PollTimeoutSeconds must be between 1 and 60.");
        }

        if (options.GlobalPerSecond < 1 || options.PerChatPerSecond < 0 || options.PerChatBurst < 1)
        {
            failures.Add("Zalo:GlobalPerSecond và PerChatBurst phải lớn hơn 0, PerChatPerSecond không âm. / Zalo:GlobalPerSecond and PerChatBurst must be above 0, PerChatPerSecond not negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[0-9A-Za-z_-]+:[0-9A-Za-z_-]+$")]
    private static partial Regex TokenShape();
}

/// <summary>The organisation profile: every name people see must be written.</summary>
public sealed class OrganizationOptionsValidation : IValidateOptions<OrganizationOptions>
{
    public ValidateOptionsResult Validate(string? name, OrganizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Require(failures, options.FullName, nameof(OrganizationOptions.FullName), "tên đầy đủ của Ủy ban, ví dụ Ủy ban MTTQ Việt Nam phường Chợ Quán", "the committee's full name");
        Require(failures, options.ShortName, nameof(OrganizationOptions.ShortName), "tên ngắn, ví dụ MTTQ phường Chợ Quán", "a short name");
        Require(failures, options.TeamName, nameof(OrganizationOptions.TeamName), "tên của Tổ, ví dụ Tổ tuyên truyền viên", "the team's name");
        Require(failures, options.InvitationHeading, nameof(OrganizationOptions.InvitationHeading), "dòng tiêu đề của thư mời", "the invitation heading");
        Require(failures, options.ConsentPurpose, nameof(OrganizationOptions.ConsentPurpose), "mục đích lưu thông tin trong câu hỏi đồng ý", "the consent text's purpose");
        if (options.ShortName?.Trim().Length > 40)
        {
            failures.Add("Organization:ShortName dài quá 40 ký tự (Organization__ShortName). / Organization:ShortName is longer than 40 characters (Organization__ShortName).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string key, string vi, string en)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"Organization:{key} đang trống; đặt {vi} (Organization__{key}). / Organization:{key} is empty; set {en} (Organization__{key}).");
        }
    }
}
