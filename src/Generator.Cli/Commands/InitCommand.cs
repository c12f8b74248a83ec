using System.CommandLine;
using Generator.Authoring;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary>
/// <c>init &lt;folder&gt;</c>: writes a small trilingual site to start from (see
/// <see cref="StarterSite"/>) into a new or empty folder, prints each file, then how to build and
/// preview it. A folder that holds anything is refused (exit code 1: nothing is overwritten or
/// added); a missing, empty or file argument is a command-line mistake (exit code 2).
/// </summary>
public static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IFileSystem fileSystem, IClock clock)
    {
        var folder = new Argument<string>("folder") { Description = "The folder to write the site into: a new folder, or an empty one." };
        folder.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(value))
            {
                result.AddError("the folder's name is empty: name the folder to write the site into, e.g. my-site");
            }
            else if (value.StartsWith('-'))
            {
                result.AddError($"'{value}' is not an option of init; to name a folder that starts with '-', write ./{value}");
            }
            else if (fileSystem.FileExists(value))
            {
                result.AddError($"'{value}' is a file: name a new or empty folder to write the site into");
            }
        });
        var command = new Command("init", "Write a small site in English, French and Dutch to start from, into a new or empty folder.") { folder };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!;
            if (fileSystem.DirectoryExists(target) && !fileSystem.IsEmptyDirectory(target))
            {
                return Refuse($"'{target}' is not empty: init writes a new site only into a new or empty folder, and never overwrites a file", stderr);
            }

            var files = StarterSite.Files(CliApp.ProgramName, clock.Now);
            foreach (var (relative, text) in files)
            {
                var path = Path.Combine(target, relative.Replace('/', Path.DirectorySeparatorChar));
                fileSystem.CreateDirectory(Path.GetDirectoryName(path)!);
                try
                {
                    fileSystem.CreateFile(path, System.Text.Encoding.UTF8.GetBytes(text));
                }
                catch (IOException) when (fileSystem.FileExists(path))
                {
                    return Refuse($"{path} was created meanwhile, and init never overwrites a file", stderr);
                }

                stdout.WriteLine(path);
            }

            stdout.WriteLine();
            stdout.WriteLine($"Wrote a site in English, French and Dutch into {target}. Next:");
            stdout.WriteLine($"  cd {TranslationAdvice.Quote(target)}");
            stdout.WriteLine($"  {CliApp.ProgramName} build            # build input/ into public/");
            stdout.WriteLine($"  {CliApp.ProgramName} serve            # preview on http://127.0.0.1:1313/ while you write");
            stdout.WriteLine($"  {CliApp.ProgramName} check --strict   # check everything, warnings included");
            return CliApp.Success;
        });
        return command;
    }

    private static int Refuse(string message, TextWriter stderr)
    {
        stderr.WriteLine("error: " + message);
        stderr.WriteLine($"    hint: choose a new folder, e.g. '{CliApp.ProgramName} init my-site'");
        return CliApp.ContentErrors;
    }
}
