using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Generator.Benchmarks;

/// <summary>What <see cref="SyntheticCorpus.Write"/> produced.</summary>
public sealed record CorpusStats(int FilesWritten, ImmutableSortedDictionary<string, int> DocumentsPerLanguage, long TotalBytes, int Links)
{
    /// <summary>Regular documents (not section or home pages) over all languages.</summary>
    public int Documents => DocumentsPerLanguage.Values.Sum();
}

/// <summary>
/// Writes a deterministic trilingual site (site.yml and content/) of N translation groups, plus
/// knowledge-base entities (40 topics, 60 cities) that documents relate to and link to.
/// Everything comes from seeded <see cref="Random"/>s: the same arguments give the same bytes.
/// With <c>links: false</c> the corpus is the same text with every wikilink replaced by its
/// label and no relations, so the two builds differ only by link resolution.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Languages = ["en", "fr", "nl"];

    private static readonly (string Name, string Type, string[] Segments, string[] Titles)[] Sections =
    [
        ("guidelines", "guideline", ["guidelines", "lignes-directrices", "richtlijnen"], ["Guidelines", "Lignes directrices", "Richtlijnen"]),
        ("statements", "statement", ["statements", "prises-de-position", "standpunten"], ["Statements", "Prises de position", "Standpunten"]),
        ("news", "news", ["news", "actualites", "nieuws"], ["News", "Actualités", "Nieuws"]),
        ("events", "event", ["events", "evenements", "evenementen"], ["Events", "Événements", "Evenementen"]),
        ("projects", "project", ["projects", "projets", "projecten"], ["Projects", "Projets", "Projecten"]),
        ("topics", "topic", ["topics", "themes", "themas"], ["Topics", "Thèmes", "Thema's"]),
        ("cities", "city", ["cities", "villes", "steden"], ["Cities", "Villes", "Steden"]),
    ];

    /// <summary>The sections the numbered documents are spread over (the rest hold entities).</summary>
    private const int DocumentSections = 5;
    private const int TopicCount = 40;
    private const int CityCount = 60;

    private static readonly string[][] Words =
    [
        ("city cities council housing policy integration migrant community school work health network partner " +
         "local regional european support report meeting member practice exchange youth training access language " +
         "service public social equal opportunity resident neighbourhood project funding strategy data review plan " +
         "guidance approach dialogue inclusion citizen welfare employment education culture mobility climate").Split(' '),
        ("ville villes conseil logement politique intégration migrant communauté école travail santé réseau partenaire " +
         "local régional européen soutien rapport réunion membre pratique échange jeunesse formation accès langue " +
         "service public social égalité chance habitant quartier projet financement stratégie données bilan plan " +
         "orientation démarche dialogue inclusion citoyen bien-être emploi éducation culture mobilité climat").Split(' '),
        ("stad steden raad huisvesting beleid integratie migrant gemeenschap school werk gezondheid netwerk partner " +
         "lokaal regionaal europees steun verslag vergadering lid praktijk uitwisseling jongeren opleiding toegang taal " +
         "dienst openbaar sociaal gelijkheid kans bewoner wijk project financiering strategie gegevens evaluatie plan " +
         "leidraad aanpak dialoog inclusie burger welzijn werkgelegenheid onderwijs cultuur mobiliteit klimaat").Split(' '),
    ];

    private static readonly string[][] TagTopics =
    [
        ["housing", "education", "employment", "health", "culture", "mobility", "climate", "energy"],
        ["logement", "éducation", "emploi", "santé", "culture", "mobilité", "climat", "énergie"],
        ["huisvesting", "onderwijs", "werk", "gezondheid", "cultuur", "mobiliteit", "klimaat", "energie"],
    ];

    private static readonly string[][] TagQualifiers =
    [
        ["policy", "funding", "data", "youth", "cities"],
        ["politique", "financement", "données", "jeunesse", "villes"],
        ["beleid", "financiering", "gegevens", "jongeren", "steden"],
    ];

    private static readonly string[][] Headings =
    [
        ["Background", "Key findings", "Recommendations", "Next steps", "Context", "Results", "Method", "Outlook"],
        ["Contexte", "Constats principaux", "Recommandations", "Prochaines étapes", "Cadre", "Résultats", "Méthode", "Perspectives"],
        ["Achtergrond", "Belangrijkste bevindingen", "Aanbevelingen", "Volgende stappen", "Kader", "Resultaten", "Methode", "Vooruitblik"],
    ];

    /// <summary>Per language: the four table column heads, then the city names for the first column.</summary>
    private static readonly string[][] Table =
    [
        ["City", "Year", "Participants", "Budget", "Ghent", "Lyon", "Utrecht", "Lisbon", "Turin", "Leipzig", "Tampere", "Gdansk"],
        ["Ville", "Année", "Participants", "Budget", "Gand", "Lyon", "Utrecht", "Lisbonne", "Turin", "Leipzig", "Tampere", "Gdańsk"],
        ["Stad", "Jaar", "Deelnemers", "Budget", "Gent", "Lyon", "Utrecht", "Lissabon", "Turijn", "Leipzig", "Tampere", "Gdańsk"],
    ];

    public static CorpusStats Write(string directory, int groups, int seed = 42, bool links = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(groups);
        var random = new Random(seed);
        var linker = new CorpusLinker(groups, seed, links);
        var counts = Languages.ToDictionary(l => l, _ => 0);
        var files = 0;
        long bytes = 0;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        void Emit(string relativePath, string text)
        {
            var path = Path.Combine(directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var data = utf8.GetBytes(text);
            File.WriteAllBytes(path, data);
            files++;
            bytes += data.Length;
        }

        Emit("site.yml", SiteYaml());
        string[] homeTitles = ["Benchmark", "Banc d'essai", "Benchmark"];
        for (var l = 0; l < Languages.Length; l++)
        {
            Emit($"content/_index.{Languages[l]}.md", IndexPage(homeTitles[l], l, random));
            foreach (var section in Sections)
            {
                Emit($"content/{section.Name}/_index.{Languages[l]}.md", IndexPage(section.Titles[l], l, random));
            }
        }

        for (var t = 0; t < TopicCount; t++)
        {
            for (var l = 0; l < Languages.Length; l++)
            {
                Emit($"content/topics/topic-{t:D2}.{Languages[l]}.md", IndexPage(Tag(l, t), l, random));
            }
        }

        for (var c = 0; c < CityCount; c++)
        {
            var city = Table[0][4 + c % 8] + " " + c;
            for (var l = 0; l < Languages.Length; l++)
            {
                Emit($"content/cities/city-{c:D2}.{Languages[l]}.md", IndexPage(city, l, random));
            }
        }

        for (var i = 0; i < groups; i++)
        {
            var section = Sections[i % DocumentSections].Name;
            var name = $"item-{i:D6}";
            var date = new DateOnly(2015, 1, 1).AddDays(random.Next(3653)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var weight = random.Next(1, 100);
            var tagIndexes = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(40)).Distinct().ToArray();
            bool[] present = [true, random.NextDouble() < 0.80, random.NextDouble() < 0.65];
            foreach (var l in Enumerable.Range(0, Languages.Length).Where(l => present[l]))
            {
                Emit($"content/{section}/{name}.{Languages[l]}.md", linker.Apply(Document(i, l, date, weight, tagIndexes, random, linker.For(i))));
                counts[Languages[l]]++;
            }
        }

        return new CorpusStats(files, counts.ToImmutableSortedDictionary(), bytes, linker.Written);
    }

    /// <summary>The real site's content model, in short: the types of the sections, the relations documents carry, the feeds.</summary>
    private const string Model = """
        types:
          guideline: { kind: document, schema: Article, citable: true, fields: { status: { type: enum, values: [draft, consultation, adopted] } } }
          statement: { kind: document, schema: Article, citable: true, fields: { status: { type: enum, values: [draft, consultation, adopted] } } }
          news: { kind: document, noun: news item, schema: NewsArticle }
          event: { kind: entity, schema: Event, calendar: true, fields: { endDate: { type: date }, location: { type: text } } }
          project: { kind: entity }
          topic: { kind: entity }
          city: { kind: entity, schema: Place }
        relations:
          topics: { to: topic, weight: 3, filter: topic }
          cities: { to: city, weight: 2, filter: city }
          projects: { to: project, weight: 2 }
          related: { to: any, direct: 5 }
        feeds:
          news: { types: [news] }
          publications: { types: [guideline, statement] }

        """;

    private static string SiteYaml()
    {
        var sb = new StringBuilder();
        sb.Append("baseUrl: https://example.org/\ndefaultLanguage: en\npageSize: 10\nlanguages:\n");
        sb.Append("  en: { name: English, culture: en-GB, dateFormat: \"d MMMM yyyy\", title: Benchmark }\n");
        sb.Append("  fr: { name: Français, culture: fr-FR, dateFormat: \"d MMMM yyyy\", title: \"Banc d'essai\" }\n");
        sb.Append("  nl: { name: Nederlands, culture: nl-NL, dateFormat: \"d MMMM yyyy\", title: Benchmark }\n");
        sb.Append("fallbackLanguages: [en, fr, nl]\n");
        sb.Append("taxonomies:\n  tags: { en: tags, fr: etiquettes, nl: trefwoorden }\n");
        sb.Append(Model);
        sb.Append("sections:\n");
        foreach (var (name, type, segments, titles) in Sections)
        {
            sb.Append($"  {name}:\n    type: {type}\n");
            sb.Append($"    segments: {{ en: {segments[0]}, fr: {segments[1]}, nl: {segments[2]} }}\n");
            sb.Append($"    titles: {{ en: \"{titles[0]}\", fr: \"{titles[1]}\", nl: \"{titles[2]}\" }}\n");
        }

        sb.Append("menus:\n  main:\n");
        foreach (var section in Sections)
        {
            sb.Append($"    - section: {section.Name}\n");
        }

        return sb.ToString();
    }

    private static string IndexPage(string title, int lang, Random random) =>
        $"---\ntitle: \"{title}\"\n---\n\n{Paragraph(lang, 40, random)}\n";

    private static string Document(int index, int lang, string date, int weight, int[] tagIndexes, Random random, DocumentLinks links)
    {
        var titleWords = Sentence(lang, random.Next(4, 8), random, plain: true).TrimEnd('.');
        var sb = new StringBuilder(8192);
        sb.Append("---\n");
        sb.Append($"title: \"{titleWords} {index}\"\n");
        if (lang > 0)
        {
            sb.Append($"slug: \"{titleWords} {index}\"\n");
        }

        sb.Append($"date: {date}\n");
        sb.Append($"weight: {weight}\n");
        sb.Append($"summary: \"{Sentence(lang, random.Next(15, 30), random, plain: true)}\"\n");
        sb.Append("tags: [").AppendJoin(", ", tagIndexes.Select(t => $"\"{Tag(lang, t)}\"")).Append("]\n");
        sb.Append(links.FrontMatter);
        sb.Append("---\n\n");

        var target = random.Next(600, 1201);
        var words = 0;
        var headings = Headings[lang];
        void Para(int n, string suffix = "")
        {
            sb.Append(Paragraph(lang, n, random)).Append(suffix).Append("\n\n");
            words += n;
        }

        Para(random.Next(50, 90), "[^1] " + links.First);
        sb.Append($"## {headings[random.Next(headings.Length)]}\n\n");
        Para(random.Next(60, 110));
        Para(random.Next(60, 110));
        sb.Append($"### {headings[random.Next(headings.Length)]}\n\n");
        for (var b = random.Next(4, 7); b > 0; b--)
        {
            var n = random.Next(5, 14);
            sb.Append("- ").Append(Sentence(lang, n, random)).Append('\n');
            words += n;
        }

        sb.Append('\n');
        Para(random.Next(50, 90), "[^2] " + links.Second);
        sb.Append($"## {headings[random.Next(headings.Length)]}\n\n");
        var items = random.Next(3, 6);
        for (var b = 1; b <= items; b++)
        {
            var n = random.Next(6, 15);
            sb.Append(CultureInfo.InvariantCulture, $"{b}. ").Append(Sentence(lang, n, random)).Append('\n');
            words += n;
        }

        sb.Append('\n');
        sb.Append("| ").AppendJoin(" | ", Table[lang][..4]).Append(" |\n| --- | ---: | ---: | ---: |\n");
        for (var r = 0; r < 5; r++)
        {
            var city = Table[lang][random.Next(4, Table[lang].Length)];
            sb.Append(CultureInfo.InvariantCulture,
                $"| {city} | {random.Next(2015, 2025)} | {random.Next(10, 500)} | {random.Next(1, 900) * 1000} |\n");
        }

        sb.Append('\n');
        sb.Append($"### {headings[random.Next(headings.Length)]}\n\n");
        while (words < target)
        {
            Para(Math.Min(random.Next(60, 120), Math.Max(20, target - words)));
        }

        sb.Append($"[^1]: {Sentence(lang, random.Next(8, 16), random)}\n");
        sb.Append($"[^2]: {Sentence(lang, random.Next(8, 16), random)}\n");
        return sb.ToString();
    }

    private static string Tag(int lang, int index) =>
        $"{TagTopics[lang][index % 8]} {TagQualifiers[lang][index / 8]}";

    private static string Paragraph(int lang, int words, Random random)
    {
        var sentences = new List<string>();
        for (var n = 0; words > 0; words -= n)
        {
            n = Math.Min(words, random.Next(8, 18));
            sentences.Add(Sentence(lang, n, random));
        }

        return string.Join(' ', sentences);
    }

    /// <summary>A capitalised sentence of generated words; unless plain, some words get emphasis or code spans.</summary>
    private static string Sentence(int lang, int words, Random random, bool plain = false)
    {
        var list = Words[lang];
        var sb = new StringBuilder(words * 9);
        for (var w = 0; w < words; w++)
        {
            var word = list[random.Next(list.Length)];
            word = w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
            sb.Append(w == 0 ? "" : " ").Append((plain ? 100 : random.Next(100)) switch
            {
                < 3 => $"*{word}*",
                < 5 => $"**{word}**",
                < 6 => $"`{word}_{random.Next(100)}`",
                _ => word,
            });
        }

        return sb.Append('.').ToString();
    }
}
