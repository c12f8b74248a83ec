using System.Globalization;

namespace Generator.Configuration;

/// <summary>One language of the site: its code (also its URL prefix), culture, native name and date format.</summary>
public sealed record LanguageConfig(
    string Code,
    string NativeName,
    CultureInfo Culture,
    string DateFormat,
    string Title);
