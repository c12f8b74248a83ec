using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Content;

/// <summary>Reads a front matter block into a typed <see cref="FrontMatter"/>, reporting every problem at its position.</summary>
public sealed class FrontMatterParser
{
    private const string Invalid = DiagnosticCodes.InvalidValue;

    public FrontMatter Parse(FrontMatterBlock block, string file, DiagnosticBag diagnostics)
    {
        if (block.Unclosed)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, new SourceRef(file), "front matter is not closed",
                "end the front matter with a line of three hyphens: ---");
            return new FrontMatter();
        }

        if (block.Yaml is null)
        {
            diagnostics.Error(DiagnosticCodes.TitleMissing, new SourceRef(file), "document has no front matter and so no title",
                "start the file with front matter:\n---\ntitle: Your title\n---");
            return new FrontMatter();
        }

        var yaml = new YamlSource(file, block.YamlFirstLine - 1, diagnostics);
        var root = yaml.Load(block.Yaml, DiagnosticCodes.FrontMatterSyntax, out var malformed);
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

        var result = Read(map, yaml);
        if (string.IsNullOrWhiteSpace(result.Title) && !result.Positions.ContainsKey(FrontMatterKeys.Title))
        {
            diagnostics.Error(DiagnosticCodes.TitleMissing, yaml.At(map), "front matter has no 'title'", "add a line 'title: Your title'");
        }

        return result;
    }

    private static FrontMatter Read(YamlMappingNode map, YamlSource yaml)
    {
        var fm = new FrontMatter();
        var positions = ImmutableDictionary.CreateBuilder<string, SourceRef>(StringComparer.Ordinal);
        var extra = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        var relations = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<(string, SourceRef)>>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            positions[key] = yaml.At(value);
            fm = key switch
            {
                FrontMatterKeys.Title => fm with { Title = RequiredText(value, yaml, key) ?? string.Empty },
                FrontMatterKeys.Date => fm with { Date = Date(value, yaml, key) },
                FrontMatterKeys.Updated => fm with { Updated = Date(value, yaml, key) },
                FrontMatterKeys.EndDate => fm with { EndDate = Date(value, yaml, key) },
                FrontMatterKeys.PublishDate => fm with { PublishDate = Date(value, yaml, key) },
                FrontMatterKeys.ExpiryDate => fm with { ExpiryDate = Date(value, yaml, key) },
                FrontMatterKeys.Summary => fm with { Summary = yaml.String(value, Invalid) },
                FrontMatterKeys.Draft => fm with { Draft = yaml.Bool(value, Invalid) ?? false },
                FrontMatterKeys.Slug => fm with { Slug = Slug(value, yaml) },
                FrontMatterKeys.Aliases => fm with { Aliases = yaml.StringList(value, Invalid) },
                FrontMatterKeys.Weight => fm with { Weight = yaml.Int(value, Invalid) ?? 0 },
                FrontMatterKeys.Tags => fm with { Tags = [.. yaml.StringList(value, Invalid).Select(t => t.Value.Trim()).Where(t => t.Length > 0)] },
                FrontMatterKeys.Type => fm with { Type = RequiredText(value, yaml, key) },
                FrontMatterKeys.Layout => fm with { Layout = RequiredText(value, yaml, key) },
                FrontMatterKeys.TranslationKey => fm with { TranslationKey = RequiredText(value, yaml, key) },
                FrontMatterKeys.Location => fm with { Location = yaml.String(value, Invalid) },
                FrontMatterKeys.Status => fm with { Status = OneOf(value, yaml, key, FrontMatterKeys.Statuses) },
                FrontMatterKeys.SourceHash => fm with { SourceHash = RequiredText(value, yaml, key) },
                FrontMatterKeys.Params => AddParams(fm, value, yaml, extra),
                _ when FrontMatterKeys.RelationKeys.Contains(key) => AddRelation(fm, key, value, yaml, relations),
                _ => Unknown(fm, key, keyNode, value, yaml, extra),
            };
        }

        return fm with { Params = extra.ToImmutable(), Relations = relations.ToImmutable(), Positions = positions.ToImmutable() };
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

    private static FrontMatter Unknown(FrontMatter fm, string key, YamlNode keyNode, YamlNode value, YamlSource yaml, ImmutableSortedDictionary<string, object?>.Builder extra)
    {
        extra[key] = YamlPlain.Convert(value);
        var suggestion = DidYouMean.Suggest(key, FrontMatterKeys.All);
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

    private static string? OneOf(YamlNode value, YamlSource yaml, string key, IReadOnlyList<string> allowed)
    {
        if (yaml.String(value, Invalid) is not { } text)
        {
            return null;
        }

        if (allowed.Contains(text))
        {
            return text;
        }

        var suggestion = DidYouMean.Suggest(text, allowed);
        yaml.Diagnostics.Error(Invalid, yaml.At(value), $"'{text}' is not a valid {key}",
            suggestion is null ? "use one of: " + string.Join(", ", allowed) : $"did you mean '{suggestion}'?");
        return null;
    }

    private static DateTimeOffset? Date(YamlNode value, YamlSource yaml, string key)
    {
        if (yaml.String(value, DiagnosticCodes.InvalidDate) is not { } text)
        {
            return null;
        }

        if (YamlDates.TryParse(text, out var date))
        {
            return date;
        }

        yaml.Diagnostics.Error(DiagnosticCodes.InvalidDate, yaml.At(value), $"'{text}' is not a valid date for '{key}'",
            "write dates as YYYY-MM-DD, optionally with a time: 2019-04-09T14:30:00+02:00");
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
