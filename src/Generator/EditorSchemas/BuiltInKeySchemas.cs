using System.Text.Json.Nodes;
using Generator.Configuration.Schema;
using Generator.Content;

namespace Generator.EditorSchemas;

/// <summary>The schema of each front-matter key the generator itself knows (<see cref="FrontMatterKeys.All"/>), as its parser reads it.</summary>
internal static class BuiltInKeySchemas
{
    public static JsonObject For(string key, ContentModel model) => key switch
    {
        FrontMatterKeys.Title => ValueSchemas.RequiredText("The page title (required)."),
        FrontMatterKeys.Date => ValueSchemas.Date("Publication or event date: YYYY-MM-DD, optionally with a time and offset (2019-04-09T14:30:00+02:00), or a month (YYYY-MM) or a year (YYYY) when no more is known. Lists are newest first."),
        FrontMatterKeys.Updated => ValueSchemas.Date("Date of the last substantial change: YYYY-MM-DD (or YYYY-MM, YYYY)."),
        FrontMatterKeys.Summary => ValueSchemas.Text("One or two sentences for lists and the description meta tag."),
        FrontMatterKeys.Draft => ValueSchemas.Bool("true: not published unless built with --drafts."),
        FrontMatterKeys.PublishDate => ValueSchemas.Date("Not published before this date (unless built with --future): YYYY-MM-DD (a month or year from its first day)."),
        FrontMatterKeys.ExpiryDate => ValueSchemas.Date("Not published from this date on: YYYY-MM-DD (a month or year from its first day)."),
        FrontMatterKeys.Url => ValueSchemas.PagePath("The page's whole path, instead of its section and slug: /about-us/ in the page's language, or with it, /fr/a-propos/."),
        FrontMatterKeys.Slug => ValueSchemas.Slug("The URL slug in this language (accents folded: intégration becomes integration)."),
        FrontMatterKeys.Aliases => ValueSchemas.List("Old URLs that redirect here: /old/path/, or relative to the language root."),
        FrontMatterKeys.Weight => ValueSchemas.Integer("Order among undated pages: a whole number."),
        FrontMatterKeys.Tags => ValueSchemas.List("Tags in this language."),
        FrontMatterKeys.Type => Type(model),
        FrontMatterKeys.Layout => ValueSchemas.RequiredText("A specific layout in theme/layouts/."),
        FrontMatterKeys.TranslationKey => ValueSchemas.RequiredText("Joins translations whose file names differ."),
        FrontMatterKeys.Params => ValueSchemas.Mapping("Custom values for templates (page.params.x)."),
        FrontMatterKeys.SourceHash => ValueSchemas.RequiredText("In a translation: the hash of the source it was made from (written by 'translations --review')."),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "a front-matter key without a schema"),
    };

    /// <summary>The page's type: one the site declares, when it declares its types.</summary>
    private static JsonObject Type(ContentModel model)
    {
        const string description = "The page type, when not its section's.";
        if (!model.Declared)
        {
            return ValueSchemas.RequiredText(description);
        }

        var names = model.Types.Select(t => t.Name).ToList();
        if (!names.Contains(TaxonomyDefinition.TermType) && model.Type(TaxonomyDefinition.TermType) is not null)
        {
            names.Add(TaxonomyDefinition.TermType);
        }

        return ValueSchemas.Enum($"{description} One of: {string.Join(", ", names)}.", names);
    }
}
