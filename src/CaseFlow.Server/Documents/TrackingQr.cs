using QRCoder;

namespace CaseFlow.Server.Documents;

/// <summary>The case number as a QR code (inline SVG: sharp in print, no image request) linking to the public tracking page.</summary>
public static class TrackingQr
{
    public static string Url(string baseUrl, string caseNo) => $"{baseUrl.TrimEnd('/')}/track?caseNo={Uri.EscapeDataString(caseNo)}";

    public static string Svg(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(3);
    }
}
