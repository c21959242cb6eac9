import Foundation

/// A PNG capture of a page, with statistics of its pixels measured in the browser.
public struct Screenshot: Sendable {
    /// The PNG file's bytes.
    public var png: Data
    public var widthPixels: Int
    public var heightPixels: Int
    /// The most common colour (red, green, blue, alpha; 0–255): the page's background.
    public var backgroundRGBA: [Int]
    /// The number of pixels that differ from the background by more than 8 (of 255) in some channel.
    public var inkPixels: Int
    /// The standard deviation of the pixels' luminance (Rec. 709 weights, 0–255).
    public var luminanceStandardDeviation: Double

    /// The share of pixels that are not background, 0–1.
    public var inkFraction: Double {
        widthPixels * heightPixels == 0 ? 0 : Double(inkPixels) / Double(widthPixels * heightPixels)
    }

    /// Whether nothing but one colour was drawn.
    public var isBlank: Bool { inkPixels == 0 }

    /// Writes the PNG file (for looking at it, or keeping it under docs/).
    public func write(to url: URL) throws {
        try png.write(to: url, options: .atomic)
    }
}

extension BrowserPage {
    /// Captures the viewport, or with `fullPage` the whole document, as PNG and measures its pixels.
    ///
    /// The measuring draws the PNG into a canvas in a separate blank tab of the same browser, so no PNG decoder is
    /// needed here and the page under test runs no extra script.
    public func screenshot(fullPage: Bool = false) throws -> Screenshot {
        var parameters: [String: JSONValue] = ["format": "png"]
        if fullPage {
            let metrics = try send("Page.getLayoutMetrics")
            let size = metrics["cssContentSize"] ?? metrics["contentSize"]
            parameters["captureBeyondViewport"] = true
            parameters["clip"] = [
                "x": 0, "y": 0, "scale": 1,
                "width": size?["width"] ?? 0, "height": size?["height"] ?? 0,
            ]
        }
        let captured = try send("Page.captureScreenshot", .object(parameters))
        guard let base64 = captured["data"]?.string, let png = Data(base64Encoded: base64) else {
            throw BrowserError.commandFailed(method: "Page.captureScreenshot", message: "no PNG data")
        }
        guard let browser else {
            throw BrowserError.commandFailed(method: "Page.captureScreenshot", message: "the probe tab cannot measure")
        }
        let statistics = try browser.probe().evaluate(Self.pixelStatisticsScript(pngBase64: base64))
        guard let width = statistics["width"]?.integer, let height = statistics["height"]?.integer,
              let ink = statistics["ink"]?.integer, let deviation = statistics["luminanceDeviation"]?.number,
              let background = statistics["background"]?.array?.compactMap(\.integer)
        else {
            throw BrowserError.evaluationFailed(expression: "pixel statistics", message: "\(statistics)")
        }
        return Screenshot(png: png, widthPixels: width, heightPixels: height, backgroundRGBA: background,
                          inkPixels: ink, luminanceStandardDeviation: deviation)
    }

    /// A script that decodes the PNG into a canvas and returns its size, most common colour, the number of pixels
    /// that differ from it, and the luminance's standard deviation.
    static func pixelStatisticsScript(pngBase64: String) -> String {
        """
        (async () => {
          const image = new Image();
          image.src = "data:image/png;base64,\(pngBase64)";
          await image.decode();
          const width = image.naturalWidth, height = image.naturalHeight;
          const canvas = document.createElement("canvas");
          canvas.width = width; canvas.height = height;
          const context = canvas.getContext("2d", { willReadFrequently: true });
          context.drawImage(image, 0, 0);
          const pixels = new Uint32Array(context.getImageData(0, 0, width, height).data.buffer);
          const counts = new Map();
          for (const pixel of pixels) counts.set(pixel, (counts.get(pixel) || 0) + 1);
          let background = 0, most = -1;
          for (const [pixel, count] of counts) if (count > most) { most = count; background = pixel; }
          const channel = (pixel, shift) => (pixel >>> shift) & 255;
          const luminance = pixel =>
            0.2126 * channel(pixel, 0) + 0.7152 * channel(pixel, 8) + 0.0722 * channel(pixel, 16);
          let ink = 0, sum = 0;
          for (const pixel of pixels) {
            for (const shift of [0, 8, 16, 24]) {
              if (Math.abs(channel(pixel, shift) - channel(background, shift)) > 8) { ink += 1; break; }
            }
            sum += luminance(pixel);
          }
          // Two passes (mean, then squared deviations), so one colour gives exactly 0.
          const n = Math.max(pixels.length, 1), mean = sum / n;
          let squares = 0;
          for (const [pixel, count] of counts) squares += count * (luminance(pixel) - mean) ** 2;
          return {
            width, height, ink,
            luminanceDeviation: Math.sqrt(squares / n),
            background: [0, 8, 16, 24].map(shift => channel(background, shift)),
          };
        })()
        """
    }
}
