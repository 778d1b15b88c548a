namespace Bot.Storage;

/// <summary>
/// Opens or creates a file readable and writable by the bot's own user only (mode 600). The mode
/// is given to open(2) itself, so the file never exists, not even for a moment, with the wider
/// mode a permissive umask would give it; a umask can only take bits away from 600.
/// </summary>
public static class OwnerOnlyFile
{
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share, FileOptions options = FileOptions.None, int bufferSize = 4096)
    {
        var settings = new FileStreamOptions { Mode = mode, Access = access, Share = share, Options = options, BufferSize = bufferSize };
        if (!OperatingSystem.IsWindows() && mode != FileMode.Open && mode != FileMode.Truncate)
        {
            settings.UnixCreateMode = Mode;
        }

        var stream = new FileStream(path, settings);
        if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(stream.SafeFileHandle) != Mode)
        {
            // A file left by an older version, created with the umask's mode: narrowed once.
            File.SetUnixFileMode(stream.SafeFileHandle, Mode);
        }

        return stream;
    }

    /// <summary>A new file (an existing one is replaced), written whole and synced to the disk.</summary>
    public static void WriteAllText(string path, string text)
    {
        File.Delete(path);
        using var stream = Open(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
        writer.Flush();
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Makes the creation, removal or renaming of a file in <paramref name="folder"/> durable: a
    /// file's own fsync does not cover its entry in the folder. (.NET opens no folder as a file,
    /// hence open(2) and fsync(2) directly.)
    /// </summary>
    public static void SyncFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Some file systems refuse to sync a folder; the entry then reaches the disk with the file system's next sync.
        var fd = Native.Open(folder, Native.ReadOnly | Native.Directory);
        if (fd >= 0)
        {
            _ = Native.Fsync(fd);
            _ = Native.Close(fd);
        }
    }

    private static class Native
    {
        public const int ReadOnly = 0;
        public const int Directory = 0x10000; // O_DIRECTORY on Linux

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = System.Runtime.InteropServices.CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
        public static extern int Open(string path, int flags);

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
        public static extern int Fsync(int fd);

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "close", SetLastError = true)]
        [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
        public static extern int Close(int fd);
    }
}
