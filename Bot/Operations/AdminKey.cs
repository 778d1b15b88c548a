using System.Security.Cryptography;
using System.Text;
using Bot.Hosting;
using Bot.Storage;

namespace Bot.Operations;

/// <summary>
/// A random key written beside the database (mode 600) at every start. The `backup` command reads
/// it and sends it along, so only the bot's own user (or root) can ask the running bot for a copy.
/// </summary>
public sealed class AdminKey
{
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    public AdminKey(DataFile data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var path = PathFor(data.Path);
        // Created owner-only: with the mode set afterwards, another user could open it in between.
        OwnerOnlyFile.WriteAllText(path, Convert.ToHexString(key));
    }

    public static string PathFor(string databasePath) => Path.Combine(Path.GetDirectoryName(databasePath)!, "admin.key");

    public static string? Read(string databasePath) =>
        File.Exists(PathFor(databasePath)) ? File.ReadAllText(PathFor(databasePath)).Trim() : null;

    public bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Convert.ToHexString(key)), Encoding.ASCII.GetBytes(presented ?? string.Empty));
}
