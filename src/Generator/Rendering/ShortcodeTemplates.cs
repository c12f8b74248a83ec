namespace Generator.Rendering;

/// <summary>Where shortcode templates are among the theme's templates: <c>shortcodes/{name}.html</c>.</summary>
public static class ShortcodeTemplates
{
    public const string Prefix = "shortcodes/";
}
