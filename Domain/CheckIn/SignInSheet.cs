namespace Domain.CheckIn;

/// <summary>One person to sign: the rows of a group keep their order.</summary>
public sealed record SignInRow(string FullName, string Unit, string Position);

/// <summary>A group of the sheet (guests first, then the units in the plan's order).</summary>
public sealed record SignInGroup(string Title, IReadOnlyList<SignInRow> Rows);

/// <summary>The sign-in sheet's content: its title lines and the groups, with the column headings in the sheet's language.</summary>
public sealed record SignInSheet(string Heading, string Title, IReadOnlyList<string> Columns, IReadOnlyList<SignInGroup> Groups);
