import Foundation

/// A temporary folder holding the small pages a test writes; removed by `remove()`.
struct TestPages {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kume-pages-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes a UTF-8 HTML5 page with `body` (and `head` extras) and returns its file URL.
    func page(_ name: String, head: String = "", body: String) throws -> URL {
        let html = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>\(name)</title>\(head)</head>
            <body>\(body)</body>
            </html>
            """
        let url = folder.appendingPathComponent("\(name).html")
        try html.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
