using System.Collections.Immutable;
using Generator.Configuration.Schema;
using Generator.Dates;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Content;

/// <summary>
/// Reads a front matter block into a typed <see cref="FrontMatter"/>, reporting every problem at
/// its position: the generator's own keys, and the fields and relations the content model
/// declares for the document's type (its <c>type</c>, else its section's). Keys are matched
/// whatever the case of their letters A to Z, and Hugo's <c>description</c> and <c>lastmod</c>
/// read as <c>summary</c> and <c>updated</c>: one key given twice that way is the first one.
/// </summary>
public sealed class FrontMatterParser
{
    private const string Invalid = DiagnosticCodes.InvalidValue;

    private readonly ContentModel _model;

    /// <summary>Which key each written key is, and what to say of one given twice.</summary>
    private readonly FrontMatterKeyMatcher _keys;

    public FrontMatterParser(ContentModel? model = null)
    {
        _model = model ?? ContentModel.Implicit([]);
        _keys = new FrontMatterKeyMatcher(_model);
    }

    public FrontMatter Parse(FrontMatterBlock block, string file, DiagnosticBag diagnostics) => Parse(block, file, "page", diagnostics);

    /// <param name="sectionType">The type of the document's section, used when its front matter names none.</param>
    public FrontMatter Parse(FrontMatterBlock block, string file, string sectionType, DiagnosticBag diagnostics)
    {
        if (block.Unclosed)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, new SourceRef(file), "front matter is not closed",
                block.Format switch
                {
                    FrontMatterFormat.Toml => "end TOML front matter with a line of three plus signs: +++",
                    FrontMatterFormat.Json => "end JSON front matter with a line holding only its closing brace: }",
                    _ => "end the front matter with a line of three hyphens: ---",
                });
            return new FrontMatter();
        }

        if (block.Yaml is null)
        {
            diagnostics.Error(DiagnosticCodes.TitleMissing, new SourceRef(file), "document has no front matter and so no title",
                "start the file with front matter:\n---\ntitle: Your title\n---");
            return new FrontMatter();
        }

        var text = block.Format == FrontMatterFormat.Toml ? TomlFrontMatter.ToYaml(block.Yaml, file, block.YamlFirstLine, diagnostics) : block.Yaml;
        if (text is null)
        {
            return new FrontMatter();
        }

        var yaml = new YamlSource(file, block.YamlFirstLine - 1, diagnostics);
        var root = yaml.Load(text, DiagnosticCodes.FrontMatterSyntax, out var malformed);
        if (root is null)
        {
            if (!malformed)
            {
                diagnostics.Error(DiagnosticCodes.TitleMissing, new SourceRef(file), "front matter has no 'title'", "add a line 'title: Your title'");
            }

            return new FrontMatter();
        }

        if (yaml.Mapping(root, DiagnosticCodes.FrontMatterSyntax) is not { } map)
        {
            return new FrontMatter();
        }

        var result = Read(map, yaml, sectionType);
        if (string.IsNullOrWhiteSpace(result.Title) && !result.Positions.ContainsKey(FrontMatterKeys.Title))
        {
            diagnostics.Error(DiagnosticCodes.TitleMissing, yaml.At(map), "front matter has no 'title'", "add a line 'title: Your title'");
        }

        return result;
    }

    private FrontMatter Read(YamlMappingNode map, YamlSource yaml, string sectionType)
    {
        var fm = new FrontMatter();
        var positions = ImmutableDictionary.CreateBuilder<string, SourceRef>(StringComparer.Ordinal);
        var extra = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        var relations = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<(string, SourceRef)>>(StringComparer.Ordinal);
        var fields = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        var empty = ImmutableDictionary.CreateBuilder<string, SourceRef>(StringComparer.Ordinal);
        var written = new Dictionary<string, (string Key, SourceRef Where)>(StringComparer.Ordinal);
        var type = TypeOf(map, sectionType, yaml);
        foreach (var (keyNode, value) in map.Children)
        {
            var writtenKey = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var key = _keys.Canonical(writtenKey);
            if (written.TryGetValue(key, out var first))
            {
                FrontMatterKeyMatcher.Twice(writtenKey, key, first, yaml.At(keyNode), yaml.Diagnostics);
                continue;
            }

            written[key] = (writtenKey, yaml.At(keyNode));
            positions[key] = yaml.At(value);
            fm = key switch
            {
                FrontMatterKeys.Title => fm with { Title = RequiredText(value, yaml, key) ?? string.Empty },
                FrontMatterKeys.Date => fm with { Date = Date(value, yaml, writtenKey) },
                FrontMatterKeys.Updated => fm with { Updated = Date(value, yaml, writtenKey) },
                FrontMatterKeys.PublishDate => fm with { PublishDate = Date(value, yaml, writtenKey)?.Start },
                FrontMatterKeys.ExpiryDate => fm with { ExpiryDate = Date(value, yaml, writtenKey)?.Start },
                FrontMatterKeys.Summary => fm with { Summary = yaml.String(value, Invalid) },
                FrontMatterKeys.Draft => fm with { Draft = yaml.Bool(value, Invalid) ?? false },
                FrontMatterKeys.Slug => fm with { Slug = Slug(value, yaml) },
                FrontMatterKeys.Url => fm with { Url = PageUrl(value, yaml, writtenKey) },
                FrontMatterKeys.Aliases => fm with { Aliases = yaml.StringList(value, Invalid) },
                FrontMatterKeys.Weight => fm with { Weight = yaml.Int(value, Invalid) ?? 0 },
                FrontMatterKeys.Type => fm with { Type = RequiredText(value, yaml, key) },
                FrontMatterKeys.Layout => fm with { Layout = RequiredText(value, yaml, key) },
                FrontMatterKeys.TranslationKey => fm with { TranslationKey = RequiredText(value, yaml, key) },
                FrontMatterKeys.SourceHash => fm with { SourceHash = RequiredText(value, yaml, key) },
                FrontMatterKeys.Params => AddParams(fm, value, yaml, extra),
                _ when _model.Taxonomy(key) is not null => fm with { Terms = fm.Terms.SetItem(key, [.. yaml.StringList(value, Invalid).Select(t => t.Value.Trim()).Where(t => t.Length > 0)]) },
                _ when (type.Field(key) ?? _model.AnyField(key)) is not null && IsEmpty(value) => Unset(fm, key, yaml.At(keyNode), empty),
                _ when (type.Field(key) ?? _model.AnyField(key)) is { } field => AddField(fm, field, value, yaml, fields, relations),
                _ when _model.RelationKeys.Contains(key) => AddRelation(fm, key, value, yaml, relations),
                _ => Unknown(fm, key, keyNode, value, yaml, extra),
            };
        }

        Defaults(type, fields, positions, empty, map, yaml);
        return fm with
        {
            Params = extra.ToImmutable(),
            Relations = relations.ToImmutable(),
            Fields = fields.ToImmutable(),
            Positions = positions.ToImmutable(),
            EndDate = fields.GetValueOrDefault(FrontMatterKeys.EndDate) as DateValue?,
            Location = fields.GetValueOrDefault(FrontMatterKeys.Location) as string,
            Status = fields.GetValueOrDefault(FrontMatterKeys.Status) as string,
        };
    }

    /// <summary>The document's type: its front matter's <c>type</c> when the model declares it (else an error there), or its section's.</summary>
    private TypeDefinition TypeOf(YamlMappingNode map, string sectionType, YamlSource yaml)
    {
        var node = map.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: { } key } && _keys.Canonical(key) == FrontMatterKeys.Type).Value;
        if (node is not YamlScalarNode { Value: { Length: > 0 } name })
        {
            return _model.TypeOrPlain(sectionType);
        }

        if (_model.Declared && _model.Type(name.Trim()) is null)
        {
            var declared = _model.Types.Select(t => t.Name).ToList();
            var suggestion = DidYouMean.Suggest(name.Trim(), declared);
            yaml.Diagnostics.Error(DiagnosticCodes.UnknownType, yaml.At(node), $"'{DiagnosticText.Quote(name.Trim())}' is not a page type of this site",
                suggestion is null ? "use one of the types site.yml declares: " + string.Join(", ", declared) : $"did you mean '{suggestion}'?");
            return _model.TypeOrPlain(sectionType);
        }

        return _model.TypeOrPlain(name.Trim());
    }

    /// <summary>A declared field's value, as its type says (a reference also counts as a relation of one value).</summary>
    private static FrontMatter AddField(FrontMatter fm, FieldDefinition field, YamlNode value, YamlSource yaml,
        ImmutableSortedDictionary<string, object?>.Builder fields, ImmutableSortedDictionary<string, ImmutableArray<(string, SourceRef)>>.Builder relations)
    {
        var converted = FieldValues.Read(field, value, yaml, Invalid);
        if (converted is not null)
        {
            fields[field.Name] = converted;
            if (field.Type == FieldType.Reference && converted is string id && id.Trim().Length > 0)
            {
                relations[field.Name] = [(id.Trim(), yaml.At(value))];
            }
        }

        return fm;
    }

    /// <summary>A declared field written without a value (<c>lead:</c>) is left unset, as if it were not written.</summary>
    private static bool IsEmpty(YamlNode value) => value is YamlScalarNode { Value: null or "" };

    private static FrontMatter Unset(FrontMatter fm, string key, SourceRef where, ImmutableDictionary<string, SourceRef>.Builder empty)
    {
        empty[key] = where;
        return fm;
    }

    /// <summary>
    /// The type's fields that the front matter leaves out or leaves empty: their defaults, and an
    /// error for each required one (at its line when it is written empty, else at the front matter).
    /// </summary>
    private static void Defaults(TypeDefinition type, ImmutableSortedDictionary<string, object?>.Builder fields, ImmutableDictionary<string, SourceRef>.Builder positions,
        ImmutableDictionary<string, SourceRef>.Builder empty, YamlMappingNode map, YamlSource yaml)
    {
        foreach (var field in type.Fields.Where(f => !positions.ContainsKey(f.Name) || empty.ContainsKey(f.Name)))
        {
            if (field.Default is { } text)
            {
                fields[field.Name] = FieldValues.FromDefault(field, text);
            }
            else if (field.Required && empty.TryGetValue(field.Name, out var where))
            {
                yaml.Diagnostics.Error(DiagnosticCodes.RequiredFieldMissing, where, $"'{field.Name}' is empty, and pages of type '{type.Name}' need it",
                    $"give it a value: '{FieldValues.Sample(field)}'");
            }
            else if (field.Required)
            {
                yaml.Diagnostics.Error(DiagnosticCodes.RequiredFieldMissing, yaml.At(map), $"pages of type '{type.Name}' need '{field.Name}'",
                    FieldValues.Example(field));
            }
        }
    }

    private static FrontMatter AddParams(FrontMatter fm, YamlNode value, YamlSource yaml, ImmutableSortedDictionary<string, object?>.Builder extra)
    {
        if (yaml.Mapping(value, Invalid) is { } mapping)
        {
            foreach (var (key, child) in mapping.Children)
            {
                extra[(key as YamlScalarNode)?.Value ?? string.Empty] = YamlPlain.Convert(child);
            }
        }

        return fm;
    }

    private static FrontMatter AddRelation(FrontMatter fm, string key, YamlNode value, YamlSource yaml, ImmutableSortedDictionary<string, ImmutableArray<(string, SourceRef)>>.Builder relations)
    {
        var values = yaml.StringList(value, Invalid).Select(v => (v.Value.Trim(), v.Where)).Where(v => v.Item1.Length > 0).ToImmutableArray();
        if (!values.IsEmpty)
        {
            relations[key] = values;
        }

        return fm;
    }

    private FrontMatter Unknown(FrontMatter fm, string key, YamlNode keyNode, YamlNode value, YamlSource yaml, ImmutableSortedDictionary<string, object?>.Builder extra)
    {
        extra[key] = YamlPlain.Convert(value);
        var suggestion = DidYouMean.Suggest(key, FrontMatterKeys.All.Concat(FrontMatterKeys.Synonyms.Keys).Concat(_model.FieldNames).Concat(_model.RelationKeys).Concat(_model.Taxonomies.Select(t => t.Name)));
        var hint = suggestion is null
            ? $"it is kept for templates as page.params.{DiagnosticText.Quote(key)}; put it under 'params:' to silence this warning"
            : $"did you mean '{suggestion}'?";
        yaml.Diagnostics.Warning(DiagnosticCodes.UnknownFrontMatterKey, yaml.At(keyNode), $"unknown front matter key '{DiagnosticText.Quote(key)}'", hint);
        return fm;
    }

    private static string? RequiredText(YamlNode value, YamlSource yaml, string key)
    {
        var text = yaml.String(value, Invalid);
        if (text is not null && text.Trim().Length == 0)
        {
            var code = key == FrontMatterKeys.Title ? DiagnosticCodes.TitleMissing : Invalid;
            yaml.Diagnostics.Error(code, yaml.At(value), $"'{key}' is empty");
            return null;
        }

        return text?.Trim();
    }

    private static DateValue? Date(YamlNode value, YamlSource yaml, string key)
    {
        if (yaml.String(value, DiagnosticCodes.InvalidDate) is not { } text)
        {
            return null;
        }

        if (YamlDates.TryParse(text, out var date))
        {
            return date;
        }

        yaml.Diagnostics.Error(DiagnosticCodes.InvalidDate, yaml.At(value), $"'{DiagnosticText.Quote(text)}' is not a valid date for '{DiagnosticText.Quote(key)}'", FieldValues.DateHint);
        return null;
    }

    private static string? PageUrl(YamlNode value, YamlSource yaml, string key)
    {
        if (yaml.String(value, Invalid) is not { } text)
        {
            return null;
        }

        if (PagePath.Normalize(text) is { } path)
        {
            return path;
        }

        var folder = text.Length > 0 && !text.EndsWith('/') && text.Split('/')[^1].Contains('.');
        yaml.Diagnostics.Error(Invalid, yaml.At(value), $"'{DiagnosticText.Quote(text)}' is not a page's path for '{DiagnosticText.Quote(key)}'",
            folder
                ? $"a page is a folder, served as its index.html: write '{DiagnosticText.Quote(text[..text.LastIndexOf('.')])}/'"
                : "write its path from the language's root, in letters, digits, '-', '_', '.' and '~' between slashes: /about-us/ (or with the language: /fr/a-propos/)");
        return null;
    }

    private static string? Slug(YamlNode value, YamlSource yaml)
    {
        if (yaml.String(value, Invalid) is not { } text)
        {
            return null;
        }

        var slug = Slugifier.Slugify(text);
        if (slug.Length == 0)
        {
            yaml.Diagnostics.Error(Invalid, yaml.At(value), $"slug '{text}' has no letters or digits");
            return null;
        }

        return slug;
    }
}
