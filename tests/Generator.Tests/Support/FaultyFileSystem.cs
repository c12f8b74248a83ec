using Generator.IO;

namespace Generator.Tests.Support;

/// <summary>The real disk, except that reading the files <paramref name="fails"/> chooses throws what it makes.</summary>
public sealed class FaultyFileSystem(Func<string, Exception?> fails, Func<string, Exception?>? failsToWrite = null) : IFileSystem
{
    private readonly PhysicalFileSystem _disk = new();

    public bool FileExists(string path) => _disk.FileExists(path);

    public bool DirectoryExists(string path) => _disk.DirectoryExists(path);

    public bool IsSymbolicLink(string path) => _disk.IsSymbolicLink(path);

    public bool IsEmptyDirectory(string path) => _disk.IsEmptyDirectory(path);

    public IReadOnlyList<string> EnumerateFiles(string directory) => _disk.EnumerateFiles(directory);

    public FileListing ListFiles(string directory, string boundary) => _disk.ListFiles(directory, boundary);

    public byte[] ReadAllBytes(string path) => fails(path) is { } failure ? throw failure : _disk.ReadAllBytes(path);

    public IReadOnlyList<(string Path, FileStamp Stamp)>? StampAll(string directory) => fails(directory) is { } failure ? throw failure : _disk.StampAll(directory);

    public FileStamp? Stamp(string path) => fails(path) is { } failure ? throw failure : _disk.Stamp(path);

    public void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (failsToWrite?.Invoke(path) is { } failure)
        {
            throw failure;
        }

        _disk.WriteAllBytes(path, bytes);
    }

    public void CreateFile(string path, ReadOnlySpan<byte> bytes) => _disk.CreateFile(path, bytes);

    public void CopyFile(string source, string destination) => _disk.CopyFile(source, destination);

    public void CreateDirectory(string path) => _disk.CreateDirectory(path);

    public void DeleteDirectory(string path) => _disk.DeleteDirectory(path);

    public void DeleteFile(string path) => _disk.DeleteFile(path);

    public void MoveDirectory(string source, string destination) => _disk.MoveDirectory(source, destination);
}
