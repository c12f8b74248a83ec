using System.Collections;

namespace Generator.Rendering.Views;

/// <summary>Where a paginated list is: page <see cref="Number"/> of <see cref="Total"/>, with neighbours' URLs.</summary>
public sealed record PagerView(int Number, int Total, string? PrevUrl, string? NextUrl, string FirstUrl, string LastUrl, IReadOnlyList<string> Urls);

/// <summary>
/// The URLs of all pages of a list, made when read: every pager page has the list, and a list of
/// n pages would otherwise cost n² URLs.
/// </summary>
public sealed class PagerUrls(string listUrl, int total) : IReadOnlyList<string>, IList<string>, IList
{
    public int Count => total;

    public bool IsReadOnly => true;

    public string this[int index]
    {
        get => index >= 0 && index < total ? Model.UrlBuilder.Pager(listUrl, index + 1) : throw new ArgumentOutOfRangeException(nameof(index));
        set => throw new NotSupportedException();
    }

    public IEnumerator<string> GetEnumerator() => Enumerable.Range(1, total).Select(n => Model.UrlBuilder.Pager(listUrl, n)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(string item) => Enumerable.Range(0, total).FirstOrDefault(i => this[i] == item, -1);

    public bool Contains(string item) => IndexOf(item) >= 0;

    public void CopyTo(string[] array, int arrayIndex)
    {
        foreach (var url in this)
        {
            array[arrayIndex++] = url;
        }
    }

    public void Add(string item) => throw new NotSupportedException();

    public void Clear() => throw new NotSupportedException();

    public void Insert(int index, string item) => throw new NotSupportedException();

    public bool Remove(string item) => throw new NotSupportedException();

    public void RemoveAt(int index) => throw new NotSupportedException();

    // The non-generic list, which is what Scriban treats as an array.
    bool IList.IsFixedSize => true;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    object? IList.this[int index]
    {
        get => this[index];
        set => throw new NotSupportedException();
    }

    int IList.Add(object? value) => throw new NotSupportedException();

    bool IList.Contains(object? value) => value is string url && Contains(url);

    int IList.IndexOf(object? value) => value is string url ? IndexOf(url) : -1;

    void IList.Insert(int index, object? value) => throw new NotSupportedException();

    void IList.Remove(object? value) => throw new NotSupportedException();

    void ICollection.CopyTo(Array array, int index)
    {
        foreach (var url in this)
        {
            array.SetValue(url, index++);
        }
    }
}
