using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port, built on <see cref="HttpListener"/>, so the HTTP tools are
/// tested through the real client stack: headers, bodies, timeouts.
/// </summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<ReceivedRequest, CancellationToken, Task<ServerReply>> _reply;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LocalHttpServer(Func<ReceivedRequest, CancellationToken, Task<ServerReply>> reply)
    {
        _reply = reply;
        BaseUrl = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public LocalHttpServer(Func<ReceivedRequest, ServerReply> reply)
        : this((request, _) => Task.FromResult(reply(request)))
    {
    }

    /// <summary>The server's address, ending in a slash.</summary>
    public string BaseUrl { get; }

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        await _loop;
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            string body;
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync(_stop.Token);
            }

            var headers = context.Request.Headers.AllKeys
                .Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            var request = new ReceivedRequest(context.Request.HttpMethod, context.Request.RawUrl ?? "", headers, body);
            Received.Enqueue(request);

            var reply = await _reply(request, _stop.Token);
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = reply.ContentType;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, _stop.Token);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
        {
            // The test is over or the client gave up; nobody is waiting for this answer.
            context.Response.Abort();
        }
    }
}
