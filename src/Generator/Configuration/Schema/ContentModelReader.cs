using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Configuration.Schema;

/// <summary>
/// Reads the content model from site.yml: <c>types:</c> (each with <c>kind</c>, <c>fields</c>,
/// <c>relations</c>, <c>noun</c>, <c>layout</c>, <c>schema</c>, <c>citable</c>, <c>calendar</c>),
/// <c>relations:</c> that every type has, and <c>feeds:</c>. Every mistake in the model itself
/// (a relation to an unknown type, an enum without values, a field of unknown type, a section of
/// an undeclared type) is reported at its place in site.yml.
/// </summary>
internal sealed class ContentModelReader(YamlSource yaml, ConfigReader reader, ImmutableArray<string> codes)
{
    private const string Invalid = DiagnosticCodes.ModelInvalid;

    private static readonly string[] TypeKeys = ["kind", "noun", "layout", "schema", "citable", "calendar", "fields", "relations", "lifecycle"];
    private static readonly string[] FieldKeys = ["type", "values", "required", "default", "to"];
    private static readonly string[] RelationKeys = ["to", "weight", "direct", "label", "inverse", "filter", "schema"];
    private static readonly string[] FieldTypes = ["text", "date", "number", "bool", "list", "enum", "url", "reference"];

    public ContentModel Read(YamlMappingNode root, ImmutableDictionary<string, SectionConfig> sections)
    {
        var typesNode = ConfigReader.Child(root, "types");
        if (typesNode is null)
        {
            var implicitModel = ContentModel.Implicit(sections.Values.Select(s => s.Type));
            return new ContentModel(implicitModel.Types, Feeds(root, implicitModel.Types.Select(t => t.Name).ToHashSet(), sections), declared: false)
            {
                Taxonomies = Taxonomies(root, sections, implicitModel.Types),
            };
        }

        if (yaml.Mapping(typesNode, Invalid) is not { } typesMap)
        {
            return ContentModel.Implicit(sections.Values.Select(s => s.Type));
        }

        var names = typesMap.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var shared = ConfigReader.Child(root, "relations") is { } sharedNode ? Relations(sharedNode, names, sections) : [];
        var lifecycles = new LifecycleReader(yaml, reader).Read(root);
        var types = ImmutableArray.CreateBuilder<TypeDefinition>();
        foreach (var (keyNode, value) in typesMap.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (yaml.Mapping(value, Invalid) is not { } settings)
            {
                continue;
            }

            Unknown(settings, TypeKeys, $"type '{name}'");
            var kind = reader.Text(settings, "kind") switch
            {
                null or "document" => TypeKind.Document,
                "entity" => TypeKind.Entity,
                var other => Report(TypeKind.Document, ConfigReader.Child(settings, "kind")!, $"'{other}' is not a kind of page type", "write 'kind: document' or 'kind: entity'"),
            };
            var fields = ConfigReader.Child(settings, "fields") is { } fieldsNode ? Fields(fieldsNode, names, sections) : [];
            var own = ConfigReader.Child(settings, "relations") is { } relationsNode ? Relations(relationsNode, names, sections) : [];
            var references = fields.Where(f => f.Type == FieldType.Reference)
                .Select(f => new RelationDefinition(f.Name, f.Targets, 0, 0, $"relations.{f.Name}", null, null, f.Where));
            var relations = shared.Where(r => own.All(o => o.Key != r.Key)).Concat(own).Concat(references).ToImmutableArray();
            var lifecycle = Lifecycle(settings, lifecycles);
            if (lifecycle is not null)
            {
                (fields, relations) = WithLifecycle(lifecycle, fields, relations);
            }

            types.Add(new TypeDefinition(name, kind, fields, relations, reader.Text(settings, "noun") ?? name, reader.Text(settings, "layout"),
                reader.Text(settings, "schema"), reader.Bool(settings, "citable") ?? false, reader.Bool(settings, "calendar") ?? false, yaml.At(keyNode))
            {
                Lifecycle = lifecycle,
            });
        }

        if (!names.Contains("page"))
        {
            types.Add(ContentModel.RootPage(shared));
        }

        CheckSections(root, sections, names);
        var declared = types.ToImmutable();
        return new ContentModel(declared, Feeds(root, names, sections), declared: true) { Taxonomies = Taxonomies(root, sections, declared), Lifecycles = lifecycles };
    }

    /// <summary>The lifecycle a type names (<c>lifecycle: policy</c>), or null (with an error when site.yml does not declare it).</summary>
    private LifecycleDefinition? Lifecycle(YamlMappingNode settings, ImmutableDictionary<string, LifecycleDefinition> lifecycles)
    {
        if (ConfigReader.Child(settings, "lifecycle") is not { } node || yaml.String(node, Invalid) is not { } name)
        {
            return null;
        }

        if (lifecycles.TryGetValue(name, out var lifecycle))
        {
            return lifecycle;
        }

        var suggestion = DidYouMean.Suggest(name, lifecycles.Keys);
        yaml.Diagnostics.Error(Invalid, yaml.At(node), $"the lifecycle '{DiagnosticText.Quote(name)}' is not declared",
            suggestion is not null ? $"did you mean '{suggestion}'?" : "declare it under 'lifecycles:' with its statuses");
        return null;
    }

    /// <summary>A type's fields and relations with those its lifecycle gives (a field the type declares itself is reported: the lifecycle's is kept).</summary>
    private (ImmutableArray<FieldDefinition>, ImmutableArray<RelationDefinition>) WithLifecycle(
        LifecycleDefinition lifecycle, ImmutableArray<FieldDefinition> fields, ImmutableArray<RelationDefinition> relations)
    {
        var given = lifecycle.Fields().ToImmutableArray();
        foreach (var clash in fields.Where(f => given.Any(g => g.Name == f.Name)))
        {
            yaml.Diagnostics.Error(Invalid, clash.Where, $"the field '{clash.Name}' is given by the lifecycle '{lifecycle.Name}'",
                "remove it from the type's fields: the lifecycle declares it with its statuses and dates");
        }

        var added = new[] { LifecycleDefinition.SupersedesKey, LifecycleDefinition.SupersededByKey }
            .Where(key => relations.All(r => r.Key != key))
            .Select(key => new RelationDefinition(key, [], 0, 0, $"relations.{key}", null, null, lifecycle.Where));
        return ([.. fields.Where(f => given.All(g => g.Name != f.Name)), .. given], [.. relations, .. added]);
    }

    /// <summary>The taxonomies; their names may not be taken by the built-in keys, fields or relations.</summary>
    private ImmutableArray<TaxonomyDefinition> Taxonomies(YamlMappingNode root, ImmutableDictionary<string, SectionConfig> sections, ImmutableArray<TypeDefinition> types)
    {
        var reserved = Content.FrontMatterKeys.All
            .Concat(types.SelectMany(t => t.Fields.Select(f => f.Name).Concat(t.Relations.Select(r => r.Key))))
            .ToHashSet(StringComparer.Ordinal);
        return new TaxonomyReader(yaml, reader, codes).Read(root, sections, reserved);
    }

    private ImmutableArray<FieldDefinition> Fields(YamlNode node, HashSet<string> types, ImmutableDictionary<string, SectionConfig> sections)
    {
        var result = ImmutableArray.CreateBuilder<FieldDefinition>();
        if (yaml.Mapping(node, Invalid) is not { } map)
        {
            return [];
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (yaml.Mapping(value, Invalid) is not { } settings)
            {
                continue;
            }

            Unknown(settings, FieldKeys, $"field '{name}'");
            var typeText = reader.Text(settings, "type") ?? "text";
            if (!FieldTypes.Contains(typeText))
            {
                var suggestion = DidYouMean.Suggest(typeText, FieldTypes);
                yaml.Diagnostics.Error(Invalid, yaml.At(ConfigReader.Child(settings, "type")!), $"'{typeText}' is not a type of field",
                    suggestion is null ? "use one of: " + string.Join(", ", FieldTypes) : $"did you mean '{suggestion}'?");
                continue;
            }

            var type = Enum.Parse<FieldType>(typeText, ignoreCase: true);
            var values = ConfigReader.Child(settings, "values") is { } valuesNode ? yaml.StringList(valuesNode, Invalid).Select(v => v.Value).ToImmutableArray() : [];
            if (type == FieldType.Enum && values.IsEmpty)
            {
                yaml.Diagnostics.Error(Invalid, yaml.At(value), $"the enum field '{name}' has no values", "list the values it may take: values: [draft, adopted]");
                continue;
            }

            var targets = ConfigReader.Child(settings, "to") is { } toNode ? Targets(toNode, types, sections) : [];
            var defaultValue = ConfigReader.Child(settings, "default") is { } defaultNode ? yaml.String(defaultNode, Invalid) : null;
            if (defaultValue is not null && DefaultProblem(type, values, defaultValue) is { } hint)
            {
                yaml.Diagnostics.Error(Invalid, yaml.At(ConfigReader.Child(settings, "default")!), $"the default '{DiagnosticText.Quote(defaultValue)}' is not a {typeText} value for '{name}'", hint);
            }

            result.Add(new FieldDefinition(name, type, values, targets, reader.Bool(settings, "required") ?? false, defaultValue, yaml.At(keyNode)));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<RelationDefinition> Relations(YamlNode node, HashSet<string> types, ImmutableDictionary<string, SectionConfig> sections)
    {
        var result = ImmutableArray.CreateBuilder<RelationDefinition>();
        if (yaml.Mapping(node, Invalid) is not { } map)
        {
            return [];
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            var settings = value is YamlScalarNode { Value: null or "" } ? new YamlMappingNode() : yaml.Mapping(value, Invalid);
            if (settings is null)
            {
                continue;
            }

            Unknown(settings, RelationKeys, $"relation '{key}'");
            var targets = ConfigReader.Child(settings, "to") is { } toNode ? Targets(toNode, types, sections) : [];
            result.Add(new RelationDefinition(key, targets, NonNegative(settings, "weight"), NonNegative(settings, "direct"),
                reader.Text(settings, "label") ?? $"relations.{key}", reader.Text(settings, "inverse"), reader.Text(settings, "filter"), yaml.At(keyNode))
            {
                Schema = reader.Text(settings, "schema"),
            });
        }

        return result.ToImmutable();
    }

    /// <summary>The types a relation or reference may name: type names, or section names standing for their type; <c>any</c> for any page.</summary>
    private ImmutableArray<string> Targets(YamlNode node, HashSet<string> types, ImmutableDictionary<string, SectionConfig> sections)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var (name, where) in yaml.StringList(node, Invalid))
        {
            if (name == "any")
            {
                return [];
            }

            if (types.Contains(name))
            {
                result.Add(name);
            }
            else if (sections.TryGetValue(name, out var section) && types.Contains(section.Type))
            {
                result.Add(section.Type);
            }
            else
            {
                var suggestion = DidYouMean.Suggest(name, types.Concat(sections.Keys));
                yaml.Diagnostics.Error(Invalid, where, $"'{name}' is neither a type nor a section", suggestion is null ? "name a type declared under 'types:', or 'any'" : $"did you mean '{suggestion}'?");
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<FeedDefinition> Feeds(YamlMappingNode root, IReadOnlySet<string> types, ImmutableDictionary<string, SectionConfig> sections)
    {
        if (ConfigReader.Child(root, "feeds") is not { } node || yaml.Mapping(node, Invalid) is not { } map)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<FeedDefinition>();
        foreach (var (keyNode, value) in map.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (yaml.Mapping(value, Invalid) is not { } settings)
            {
                continue;
            }

            Unknown(settings, ["types", "title", "titles"], $"feed '{name}'");
            var feedTypes = ConfigReader.Child(settings, "types") is { } typesNode ? Targets(typesNode, types.ToHashSet(StringComparer.Ordinal), sections) : [];
            result.Add(new FeedDefinition(name, feedTypes, reader.Localized(settings, "titles", codes), reader.Text(settings, "title") ?? $"feeds.{name}", DisplayNames.Readable(name)));
        }

        return result.ToImmutable();
    }

    /// <summary>Each section's type must be declared.</summary>
    private void CheckSections(YamlMappingNode root, ImmutableDictionary<string, SectionConfig> sections, HashSet<string> types)
    {
        if (ConfigReader.Child(root, "sections") is not YamlMappingNode sectionsMap)
        {
            return;
        }

        foreach (var section in sections.Values.Where(s => !types.Contains(s.Type)).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var settings = sectionsMap.Children[new YamlScalarNode(section.Name)] as YamlMappingNode;
            var where = settings is not null && ConfigReader.Child(settings, "type") is { } typeNode ? yaml.At(typeNode) : yaml.At(sectionsMap);
            var suggestion = DidYouMean.Suggest(section.Type, types);
            yaml.Diagnostics.Error(Invalid, where, $"section '{section.Name}' has the type '{section.Type}', which 'types:' does not declare",
                suggestion is null ? $"declare it under 'types:', or give the section one of: {string.Join(", ", types.Order(StringComparer.Ordinal))}" : $"did you mean '{suggestion}'?");
        }
    }

    /// <summary>Why a default does not fit its field's type, as a hint; null when it fits.</summary>
    private static string? DefaultProblem(FieldType type, ImmutableArray<string> values, string text) => type switch
    {
        FieldType.Enum when !values.Contains(text) => "use one of: " + string.Join(", ", values),
        FieldType.Date when !YamlDates.TryParse(text, out _) => "write a day as YYYY-MM-DD (a month YYYY-MM, a year YYYY)",
        FieldType.Number when !double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) => "write a number such as 1 or 2.5",
        FieldType.Bool when text is not ("true" or "false") => "write true or false",
        FieldType.Url when !Uri.TryCreate(text, UriKind.Absolute, out _) => "write an absolute URL such as https://example.org/",
        _ => null,
    };

    private int NonNegative(YamlMappingNode map, string key)
    {
        if (ConfigReader.Child(map, key) is not { } node || yaml.Int(node, Invalid) is not { } value)
        {
            return 0;
        }

        if (value < 0)
        {
            yaml.Diagnostics.Error(Invalid, yaml.At(node), $"'{key}' cannot be negative");
            return 0;
        }

        return value;
    }

    private void Unknown(YamlMappingNode settings, string[] known, string what) => reader.WarnUnknown(settings, known, what, Invalid);

    private T Report<T>(T fallback, YamlNode where, string message, string hint)
    {
        yaml.Diagnostics.Error(Invalid, yaml.At(where), message, hint);
        return fallback;
    }
}
