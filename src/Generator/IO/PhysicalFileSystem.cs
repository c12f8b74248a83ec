namespace Generator.IO;

/// <summary>The real disk.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public bool IsEmptyDirectory(string path) => !Directory.EnumerateFileSystemEntries(path).Any();

    public bool IsSymbolicLink(string path) => new FileInfo(path).LinkTarget is not null;

    public IReadOnlyList<string> EnumerateFiles(string directory) => SafeDirectoryWalker.List(directory, directory).Files;

    public FileListing ListFiles(string directory, string boundary) => SafeDirectoryWalker.List(directory, boundary);

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    public IReadOnlyList<(string Path, FileStamp Stamp)>? StampAll(string directory)
    {
        if (!Directory.Exists(directory) || IsSymbolicLink(directory))
        {
            return null;
        }

        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var links = false;
        var files = new System.IO.Enumeration.FileSystemEnumerable<(string, FileStamp)>(root,
            (ref System.IO.Enumeration.FileSystemEntry entry) =>
                (Path.GetRelativePath(root, entry.ToFullPath()).Replace(Path.DirectorySeparatorChar, '/'), new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks)),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) =>
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    links = true;
                }

                return !entry.IsDirectory;
            },
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        }.ToList();
        if (links)
        {
            return null;
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return files;
    }

    public FileStamp? Stamp(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists)
        {
            return new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
        }

        var folder = new DirectoryInfo(path);
        return folder.Exists ? new FileStamp(-1, folder.LastWriteTimeUtc.Ticks) : null;
    }

    public void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        EnsureParent(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        stream.Write(bytes);
    }

    public void CreateFile(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, bytes.Length);
        RandomAccess.Write(handle, bytes, 0);
    }

    public void CopyFile(string source, string destination)
    {
        EnsureParent(destination);
        File.Copy(source, destination, overwrite: true);
    }

    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    public void DeleteFile(string path) => File.Delete(path);

    public void MoveDirectory(string source, string destination) => Directory.Move(source, destination);

    private static void EnsureParent(string path)
    {
        var parent = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(parent))
        {
            Directory.CreateDirectory(parent);
        }
    }
}
