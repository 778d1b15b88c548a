// The bot runs on Linux servers and its integration tests (file modes, SIGKILL of a child
// process) check Linux behaviour.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
