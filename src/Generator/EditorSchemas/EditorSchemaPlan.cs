using System.Collections.Immutable;
using Generator.Configuration;

namespace Generator.EditorSchemas;

/// <summary>
/// The files the <c>schema</c> command writes: one schema per page type in the output folder,
/// and, when asked, the VS Code settings file with its <c>yaml.schemas</c> mapping each schema to
/// its content files. Paths in the settings are relative to the workspace: the folder that holds
/// the settings file's folder (<c>.vscode/</c>), as VS Code reads them.
/// </summary>
public static class EditorSchemaPlan
{
    /// <param name="settingsPath">The settings file to update, or null to write the schemas only.</param>
    /// <param name="existingSettings">The settings file's text, or null when there is none.</param>
    public static (ImmutableArray<EditorFile> Files, string? Problem) Make(
        SiteConfig config, string inputDirectory, string outputDirectory, string? settingsPath, string? existingSettings)
    {
        var schemas = FrontMatterSchemaWriter.Write(config);
        var files = schemas.Select(s => new EditorFile(Path.Combine(outputDirectory, s.FileName), s.Text)).ToImmutableArray();
        if (settingsPath is null)
        {
            return (files, null);
        }

        var workspace = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(settingsPath))!) ?? Path.GetFullPath(".");
        var content = Relative(workspace, Path.Combine(inputDirectory, "content"));
        var output = Relative(workspace, outputDirectory).TrimEnd('/');
        var folder = output == "." ? "./" : "./" + output + "/";
        var mappings = schemas
            .Select(s => (Schema: folder + s.FileName, Globs: (IReadOnlyList<string>)ContentGlobs.For(config, s.TypeName, content)))
            .Where(m => m.Globs.Count > 0);
        var (text, problem) = EditorSettings.Update(existingSettings, folder, mappings);
        return text is null ? ([], $"{settingsPath} cannot be updated: {problem}") : ([.. files, new EditorFile(settingsPath, text)], null);
    }

    private static string Relative(string from, string to) => Path.GetRelativePath(from, Path.GetFullPath(to)).Replace('\\', '/');
}
