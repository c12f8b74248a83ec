namespace Generator.Diagnostics;

/// <summary>
/// Every diagnostic code the generator emits. Codes are stable: tests, documentation and
/// authors' searches depend on them.
/// </summary>
public static class DiagnosticCodes
{
    // Configuration (input/site.yml)
    public const string ConfigMissing = "GEN001";
    public const string ConfigSyntax = "GEN002";
    public const string ConfigInvalid = "GEN003";
    public const string ModelInvalid = "GEN008";

    // Sources
    public const string LinkNotFollowed = "GEN004";
    public const string FileUnreadable = "GEN005";
    public const string OutputUnwritable = "GEN006";
    public const string OutputHasOtherFiles = "GEN007";

    /// <summary>A bug in the generator, at the file it was processing (commands exit with 3).</summary>
    public const string InternalError = "GEN900";

    // Front matter and documents
    public const string FrontMatterSyntax = "GEN010";
    public const string TitleMissing = "GEN011";
    public const string InvalidDate = "GEN012";
    public const string InvalidValue = "GEN013";
    public const string UnknownFrontMatterKey = "GEN014";
    public const string FrontMatterUnclosed = "GEN015";
    public const string InvalidEncoding = "GEN016";
    public const string ShortcodeNotRun = "GEN018";
    public const string ShortcodeMisused = "GEN019";
    public const string ShortcodeDefinitionInvalid = "GEN028";
    public const string MarkdownTooDeep = "GEN017";

    // Site model
    public const string DuplicateUrl = "GEN020";
    public const string DuplicateTranslation = "GEN021";
    public const string InvalidAlias = "GEN022";
    public const string UnknownMenuTarget = "GEN023";
    public const string UnsupportedLayout = "GEN024";
    public const string PublishedUrlMissing = "GEN025";
    public const string PublishedUrlsUnrecorded = "GEN026";
    public const string UndeclaredSection = "GEN027";

    /// <summary>A page's <c>url</c> that names another language's folder, or that a list or term page cannot take.</summary>
    public const string PageUrlMisplaced = "GEN029";

    // Links and relations
    public const string UnknownReference = "GEN050";
    public const string AmbiguousReference = "GEN051";
    public const string WrongRelationKind = "GEN052";
    public const string MissingAnchor = "GEN053";
    public const string BrokenFileLink = "GEN054";
    public const string UnpublishedReference = "GEN055";
    public const string FormerId = "GEN056";
    public const string BrokenLocalLink = "GEN057";

    // Document checks
    public const string ImageWithoutAlt = "GEN060";
    public const string SkippedHeadingLevel = "GEN061";
    public const string EndBeforeStart = "GEN062";
    public const string KeyNotForType = "GEN063";
    public const string RequiredFieldMissing = "GEN064";
    public const string UnknownType = "GEN065";
    public const string SummaryPlaceholder = "GEN066";

    // Policy documents: lifecycle, versions, consultations, PDFs of record.
    public const string NoSuccessor = "GEN080";
    public const string SupersessionMismatch = "GEN081";
    public const string VersionWithoutDate = "GEN082";
    public const string VersionInvalid = "GEN083";
    public const string ConsultationPeriod = "GEN084";
    public const string HistoryUnavailable = "GEN086";
    public const string PdfUnavailable = "GEN087";
    public const string PdfFailed = "GEN088";

    // Publishing
    public const string SearchUnavailable = "GEN070";
    public const string SearchIndexFailed = "GEN071";
    public const string BuildCacheIgnored = "GEN072";

    // Templates
    public const string UnknownLayout = "GEN030";
    public const string TemplateSyntax = "GEN031";
    public const string TemplateRuntime = "GEN032";
    public const string MissingLayout = "GEN033";

    // UI strings
    public const string UiStringMissingInDefault = "GEN040";
    public const string UiStringMissingInTranslation = "GEN041";
    public const string UiStringsInvalid = "GEN042";
}
