using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Generator.Cli.Serve;

/// <summary>
/// The browsers listening for rebuilds (server-sent events). Each open page has a channel; a
/// rebuild's outcome is sent to all of them. The last outcome is kept for pages that connect later.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();
    private volatile string? _last;

    /// <summary>The last event sent (an error overlay stays until a good build).</summary>
    public string? Last => _last;

    public (Guid Id, ChannelReader<string> Events) Subscribe()
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _clients[id] = channel;
        if (_last is { } last && last.StartsWith("event: errors", StringComparison.Ordinal))
        {
            channel.Writer.TryWrite(last);
        }

        return (id, channel.Reader);
    }

    public void Unsubscribe(Guid id)
    {
        if (_clients.TryRemove(id, out var channel))
        {
            channel.Writer.TryComplete();
        }
    }

    /// <summary>Ends every page's event stream, so the server can stop at once.</summary>
    public void CloseAll()
    {
        foreach (var id in _clients.Keys)
        {
            Unsubscribe(id);
        }
    }

    /// <summary>Sends one server-sent event (<c>event</c> and one line of JSON <c>data</c>) to every page.</summary>
    public void Publish(string name, string json)
    {
        var message = $"event: {name}\ndata: {json}\n\n";
        _last = message;
        foreach (var channel in _clients.Values)
        {
            channel.Writer.TryWrite(message);
        }
    }
}
