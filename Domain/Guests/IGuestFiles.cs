using Domain.CheckIn;
using Domain.Events;

namespace Domain.Guests;

/// <summary>One guest's link, as the organizer gets it back after an import.</summary>
public sealed record GuestLinkRow(string FullName, string Unit, string Position, string? Phone, string Link, string Typed);

/// <summary>
/// The files of the conference day: QR pictures, the guests' links, the sign-in sheet. The core
/// decides what goes in them; the shell renders them.
/// </summary>
public interface IGuestFiles
{
    /// <summary>A PNG QR code of <paramref name="content"/> with <paramref name="caption"/> printed under it.</summary>
    byte[] QrPng(string content, string caption);

    /// <summary>UTF-8 CSV with BOM: name, unit, position, phone, link, typed command.</summary>
    byte[] GuestLinksCsv(IReadOnlyList<GuestLinkRow> rows);

    /// <summary>An A4 XLSX to sign at the door: STT, Họ và tên, Đơn vị, Chức vụ, Ký tên, grouped as given.</summary>
    byte[] SignInSheet(Meeting meeting, SignInSheet sheet);
}
