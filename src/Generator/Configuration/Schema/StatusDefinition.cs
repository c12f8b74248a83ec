using Generator.Diagnostics;

namespace Generator.Configuration.Schema;

/// <summary>
/// One status of a lifecycle, as site.yml declares it: its name (the value of the lifecycle's
/// field, <c>adopted</c>), the front-matter key of the date a document takes it on
/// (<c>adopted</c>, <c>withdrawn</c>), whether documents in it are published, whether it needs a
/// successor (<c>supersededBy</c>: a superseded document), whether it is a consultation (its
/// document carries the period's opening and closing dates) and whether its pages carry a
/// prominent notice (the UI string <c>lifecycle.notice.{name}</c>).
/// </summary>
public sealed record StatusDefinition(
    string Name,
    string? DateField,
    bool Published,
    bool Successor,
    bool Consultation,
    bool Notice,
    SourceRef Where);
