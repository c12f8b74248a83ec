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

    public FileStamp? Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
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
