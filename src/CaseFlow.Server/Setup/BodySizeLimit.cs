using Microsoft.AspNetCore.Http.Metadata;

namespace CaseFlow.Server.Setup;

/// <summary>A request body over the endpoint's limit; answered 413 <c>urn:caseflow:problem:too-large</c> naming the limit.</summary>
public sealed class RequestTooLargeException(long limit)
    : Exception($"The request body may hold at most {limit} bytes ({limit / (1024 * 1024)} MB).")
{
    public long Limit { get; } = limit;
}

/// <summary>An endpoint's own body limit, instead of the global one.</summary>
public sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata
{
    /// <summary>A whole flowchart (definitions, the dry run).</summary>
    public static readonly BodyLimit Definition = new(InputLimits.DefinitionBodyBytes);
}

/// <summary>
/// The global request body limit (<see cref="InputLimits.BodyBytes"/>; an endpoint may declare its own with
/// <see cref="IRequestSizeLimitMetadata"/>, as the definitions do). A declared Content-Length over it is refused before the
/// body is read; a chunked body is cut off at the limit while it is read (with this exception, not Kestrel's, whose IOException
/// the body binder would answer as a bare 400). Kestrel's own limit, above every endpoint's, stays as the backstop.
/// </summary>
public static class BodySizeLimit
{
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? InputLimits.BodyBytes;
        if (context.Request.ContentLength > limit) throw new RequestTooLargeException(limit);
        if (context.Request.ContentLength is null && !HttpMethods.IsGet(context.Request.Method))
            context.Request.Body = new LimitedStream(context.Request.Body, limit);
        await next(context);
    });

    /// <summary>Throws once more than the limit has been read.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => Count(await inner.ReadAsync(buffer, ct));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw new RequestTooLargeException(limit) : read;
        }
    }
}
