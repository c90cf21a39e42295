using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace SysMgmt.Redfish.Transport;

/// <summary>
/// Sends requests to one BMC: at most N at a time, each attempt under the per-request timeout, retried with
/// backoff after 5xx, connection errors and timeouts, all under the BMC's deadline. Failures become
/// <see cref="RedfishException"/>s; answers of any status are returned for the caller to judge.
/// </summary>
internal sealed partial class RedfishTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly RedfishClientOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _deadline;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public RedfishTransport(HttpClient http, Uri baseUri, RedfishClientOptions options, TimeProvider time, ILogger logger)
    {
        _http = http;
        BaseUri = baseUri;
        _options = options;
        _logger = logger;
        _slots = new SemaphoreSlim(options.MaxConcurrentRequestsPerBmc);
        _deadline = new CancellationTokenSource(options.BmcDeadline, time);
        _pipeline = BuildPipeline(options, time);
    }

    public Uri BaseUri { get; }

    public Uri Resolve(string pathOrUrl) => new(BaseUri, pathOrUrl);

    public async Task<RedfishResponse> SendAsync(RedfishRequest request, CancellationToken cancellationToken)
    {
        var uri = Resolve(request.Path);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _deadline.Token);
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async token => await SendOnceAsync(request, uri, token), linked.Token);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
            return new RedfishResponse(uri, response.StatusCode, response.Headers, body);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new RedfishException(RedfishErrorKind.Timeout,
                $"{request.Method} {uri} got no answer within {_options.RequestTimeout.TotalSeconds:0.###} s ({Attempts} attempts)", uri, innerException: exception);
        }
        catch (OperationCanceledException exception) when (_deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new RedfishException(RedfishErrorKind.Timeout,
                $"the {_options.BmcDeadline.TotalSeconds:0.###} s deadline for {BaseUri} passed during {request.Method} {uri}", uri, innerException: exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A timer below ours (the handler's, the runtime's) gave up: still a timeout, never a bare cancellation.
            throw new RedfishException(RedfishErrorKind.Timeout, $"{request.Method} {uri} timed out: {exception.Message}", uri, innerException: exception);
        }
        catch (HttpRequestException exception)
        {
            throw TransportErrors.From(exception, request.Method, uri, Attempts);
        }
    }

    public void Dispose()
    {
        _deadline.Dispose();
        _slots.Dispose();
    }

    private int Attempts => _options.MaxRetries + 1;

    private async Task<HttpResponseMessage> SendOnceAsync(RedfishRequest request, Uri uri, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            using var message = request.ToMessage(uri);
            // ResponseContentRead: the body is read inside the attempt, so its timeout and retries cover it.
            return await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(RedfishClientOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>(TransportErrors.IsTransient)
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => (int)r.StatusCode >= 500),
                OnRetry = args =>
                {
                    LogRetry(_logger, BaseUri, args.AttemptNumber + 1, args.Outcome.Exception?.Message ?? $"status {(int?)args.Outcome.Result?.StatusCode}");
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.AddTimeout(options.RequestTimeout).Build();
    }

    internal static AuthenticationHeaderValue BasicHeader(RedfishCredentials credentials) =>
        new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{credentials.Username}:{credentials.Password}")));
}
