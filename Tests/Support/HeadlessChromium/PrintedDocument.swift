import Foundation

/// How `Page.printToPDF` lays the page out.
public struct PrintOptions: Sendable {
    public var paperWidthInches: Double
    public var paperHeightInches: Double
    /// The margin on every side, in inches (a page's CSS `@page` margin wins when `preferCSSPageSize` is set).
    public var marginInches: Double
    public var landscape = false
    public var printBackground = true
    /// Let the page's CSS `@page { size: … }` choose the paper.
    public var preferCSSPageSize = true

    /// A4 (210 × 297 mm) with 10 mm margins.
    public static let a4 = PrintOptions(paperWidthInches: 210 / 25.4, paperHeightInches: 297 / 25.4,
                                        marginInches: 10 / 25.4)
}

/// A page printed to PDF, with its page count and first page's size as `pdfinfo` (poppler) reads them.
public struct PrintedDocument: Sendable {
    /// The PDF file's bytes.
    public var pdf: Data
    public var pageCount: Int
    /// The first page's width and height in PostScript points (1/72 inch); A4 is 595.28 × 841.89.
    public var pageWidthPoints: Double
    public var pageHeightPoints: Double

    /// Writes the PDF file.
    public func write(to url: URL) throws {
        try pdf.write(to: url, options: .atomic)
    }

    /// Reads the page count and page size of `pdf` with `pdfinfo`, an independent PDF reader.
    /// - Throws: `BrowserError.pdfInfoFailed` if pdfinfo is missing or does not understand the file.
    public init(pdf: Data) throws {
        self.pdf = pdf
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kume-print-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let info = try Self.runPDFInfo(file)
        var pages: Int?
        var size: (Double, Double)?
        for line in info.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "Pages" { pages = Int(parts[1]) }
            if parts[0] == "Page size" {
                // "595.276 x 841.89 pts (A4)"
                let fields = parts[1].split(separator: " ")
                if fields.count >= 3, let width = Double(fields[0]), let height = Double(fields[2]) {
                    size = (width, height)
                }
            }
        }
        guard let pages, let size else { throw BrowserError.pdfInfoFailed("pdfinfo printed:\n\(info)") }
        pageCount = pages
        pageWidthPoints = size.0
        pageHeightPoints = size.1
    }

    private static func runPDFInfo(_ file: URL) throws -> String {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let path = folders.map({ "\($0)/pdfinfo" }).first(where: FileManager.default.isExecutableFile(atPath:))
        else { throw BrowserError.pdfInfoFailed("pdfinfo is not on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw BrowserError.pdfInfoFailed("pdfinfo exited with \(process.terminationStatus): \(text)")
        }
        return text
    }
}

extension BrowserPage {
    /// Prints the page to PDF as Chromium's print preview would (print media, backgrounds on) and counts its pages.
    public func printToPDF(_ options: PrintOptions = .a4) throws -> PrintedDocument {
        let margin = JSONValue.number(options.marginInches)
        let printed = try send("Page.printToPDF", [
            "paperWidth": .number(options.paperWidthInches), "paperHeight": .number(options.paperHeightInches),
            "marginTop": margin, "marginBottom": margin, "marginLeft": margin, "marginRight": margin,
            "landscape": .bool(options.landscape), "printBackground": .bool(options.printBackground),
            "preferCSSPageSize": .bool(options.preferCSSPageSize),
        ])
        guard let base64 = printed["data"]?.string, let pdf = Data(base64Encoded: base64) else {
            throw BrowserError.commandFailed(method: "Page.printToPDF", message: "no PDF data")
        }
        return try PrintedDocument(pdf: pdf)
    }
}
