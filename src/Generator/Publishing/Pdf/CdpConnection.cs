using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Generator.Publishing.Pdf;

/// <summary>
/// One Chrome DevTools Protocol connection over a WebSocket: numbered commands whose answers
/// complete their tasks, and events handed to the handler of the session (tab) they came from.
/// When the connection ends, every command under way fails and every session hears
/// <see cref="Closed"/>.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    /// <summary>The event name that sessions receive when the connection is gone.</summary>
    public const string Closed = "Connection.closed";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, Action<string, JsonElement>> _sessions = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string> _describeEnd;
    private readonly Task _reading;
    private long _lastId;
    private string? _endReason;

    private CdpConnection(ClientWebSocket socket, Func<string> describeEnd)
    {
        _socket = socket;
        _describeEnd = describeEnd;
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>Connects to the browser's DevTools address; <paramref name="describeEnd"/> says why the connection ended.</summary>
    public static async Task<CdpConnection> ConnectAsync(Uri address, Func<string> describeEnd, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(address, cancellationToken);
        return new CdpConnection(socket, describeEnd);
    }

    /// <summary>Sends a command (to a tab when <paramref name="sessionId"/> is given) and returns its result.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters, string? sessionId, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        try
        {
            if (_endReason is { } ended)
            {
                throw new PdfPrintException(ended);
            }

            var message = JsonSerializer.SerializeToUtf8Bytes(new CdpCommand(id, method, parameters, sessionId), Json);
            await _sending.WaitAsync(cancellationToken);
            try
            {
                await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
            catch (WebSocketException e)
            {
                throw new PdfPrintException(_endReason ?? $"Chromium's DevTools connection failed: {e.Message}", e);
            }
            finally
            {
                _sending.Release();
            }

            return await answer.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Hands the events of one session to <paramref name="handler"/> (called on the reading thread: keep it short).</summary>
    public void Subscribe(string sessionId, Action<string, JsonElement> handler) => _sessions[sessionId] = handler;

    /// <summary>Stops handing a session's events.</summary>
    public void Unsubscribe(string sessionId) => _sessions.TryRemove(sessionId, out _);

    private async Task ReadAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.GetMemory(1 << 16), _stop.Token);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                Dispatch(buffer.WrittenMemory);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The browser went away or we are closing: both end the connection below.
        }

        End(_stop.IsCancellationRequested ? "the PDF printer was closed" : _describeEnd());
    }

    private void Dispatch(ReadOnlyMemory<byte> message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            if (_pending.TryGetValue(id.GetInt64(), out var answer))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    answer.TrySetException(new PdfPrintException($"Chromium answered a DevTools command with an error: {error.GetProperty("message").GetString()}"));
                }
                else
                {
                    answer.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                }
            }
        }
        else if (root.TryGetProperty("sessionId", out var session) && _sessions.TryGetValue(session.GetString()!, out var handler))
        {
            handler(root.GetProperty("method").GetString()!, root.TryGetProperty("params", out var parameters) ? parameters.Clone() : default);
        }
    }

    private void End(string reason)
    {
        _endReason = reason;
        foreach (var answer in _pending.Values)
        {
            answer.TrySetException(new PdfPrintException(reason));
        }

        foreach (var handler in _sessions.Values)
        {
            handler(Closed, default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // The reading loop is stuck on a dead socket: aborting it below ends it.
        }

        _socket.Abort();
        _socket.Dispose();
        _stop.Dispose();
        _sending.Dispose();
    }

    private sealed record CdpCommand(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("method")] string Method,
        [property: JsonPropertyName("params")] object? Params,
        [property: JsonPropertyName("sessionId")] string? SessionId);
}
