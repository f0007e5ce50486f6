namespace CaseFlow.Server.Setup;

/// <summary>
/// Security headers on every response (README "Security headers"): no sniffing, no framing, no referrer, a CSP for HTML
/// (the Vite-built web app and the server-rendered print page: scripts from 'self' only, inline styles for antd and the
/// notice's own &lt;style&gt;), HSTS only over HTTPS, and no-store on /api — its answers carry personal data.
/// </summary>
public static class SecurityHeaders
{
    public const string HtmlPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>For everything that is not HTML: nothing may load from it, nothing may frame it.</summary>
    public const string OtherPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>The API reference page (Scalar) configures itself with an inline script and loads its bundle from the server.</summary>
    public const string ReferencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() => Apply(context));
        return next(context);
    });

    private static Task Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true ? OtherPolicy
            : context.Request.Path.StartsWithSegments("/api/reference") ? ReferencePolicy : HtmlPolicy;
        if (context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
        headers.Remove("Server");
        return Task.CompletedTask;
    }
}
