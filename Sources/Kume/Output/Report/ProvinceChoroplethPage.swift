import Foundation
import KumeAnalytics
import KumeData
import KumeGeography

/// The page of `kume rank --map FILE.html`: a sector's location quotient by province as an SVG choropleth (greys
/// from light to dark, no-data hatched, scale bar, north arrow, legend), with the table of every province's value,
/// total and LQ, and how it was made.
package struct ProvinceChoroplethPage: Sendable {
    package var display: DisplayBoundaries
    package var matrix: RegionSectorMatrix
    package var sector: String
    /// What the matrix's values count (`employees`, `firms`).
    package var valueName: String
    package var provenance: ReportProvenance
    package var language: VerdictReport.Language

    /// The LQ classes' bounds: below 0.5, 0.5–1, 1–1.5, 1.5–2, 2 and above (the European Cluster Observatory
    /// counts LQ ≥ 2 as specialised).
    package static let breaks = [0.5, 1, 1.5, 2]

    package init(display: DisplayBoundaries, matrix: RegionSectorMatrix, sector: String, valueName: String,
                provenance: ReportProvenance, language: VerdictReport.Language = .english) {
        self.display = display
        self.matrix = matrix
        self.sector = sector
        self.valueName = valueName
        self.provenance = provenance
        self.language = language
    }

    func words(_ english: String, _ turkish: String) -> String { ReportParts.words(language, english, turkish) }

    /// The page.
    /// - Throws: ``GeographyError`` when the map cannot be projected or drawn.
    package func document() throws -> HTMLDocument {
        // The same numbers as the GeoJSON map (RegionMap.provinces): regions matched to provinces by name.
        struct Row { var plate: Int; var name: String; var value: Double; var total: Double; var lq: Double? }
        let quotients = matrix.locationQuotients()
        let column = matrix.sectorIndex(of: sector)
        var rowByPlate: [Int: Int] = [:]
        for (row, label) in matrix.regions.enumerated() {
            if let plate = ProvinceTable.shared.province(named: label)?.plate { rowByPlate[plate] = row }
        }
        let rows: [Row] = display.boundaries.provinces.map { province in
            guard let r = rowByPlate[province.plate] else {
                return Row(plate: province.plate, name: province.name, value: 0, total: 0, lq: nil)
            }
            let total = (0..<matrix.sectors.count).reduce(0.0) { $0 + matrix[r, $1] }
            let value = column.map { matrix[r, $0] } ?? 0
            let lq = column.map { quotients[r, $0] }.flatMap { $0.isFinite ? $0 : nil }
            return Row(plate: province.plate, name: province.name, value: value, total: total, lq: lq)
        }
        let map = try NationalMap(display.boundaries)
        let format = { (value: Double) in ReportParts.number(value, digits: value == value.rounded() ? 0 : 1, language) }
        var values: [Int: Double] = [:]
        for row in rows { if let lq = row.lq { values[row.plate] = lq } }
        let layers = map.choroplethLayers(values: values, breaks: Self.breaks, format: format,
                                          noData: words("no activity", "faaliyet yok"))
        let svg = SVGMap(layers: layers, words: SVGMap.Words(
            title: words("Location quotient of \(sector) by province", "\(sector) yığınlaşma katsayısı, illere göre"),
            north: words("N", "K"), legend: words("LQ of \(sector)", "\(sector) LQ")),
            widthPixels: 900, idPrefix: "lq-map", simplificationPixels: 0.4)
        let markup: SVGMarkup
        do {
            markup = try svg.render()
        } catch {
            throw GeographyError.geometry(error)
        }
        let sorted = rows.sorted { ($0.lq ?? -1, $1.name) > ($1.lq ?? -1, $0.name) }
        let table = ReportParts.table(
            role: "provinces",
            caption: words("Every province, highest LQ first. LQ = (sector's \(valueName) in the province ÷ all \(valueName) there) ÷ (sector's share nationally).",
                           "Tüm iller, en yüksek LQ önce. LQ = (ildeki sektör \(valueName) ÷ ildeki tüm \(valueName)) ÷ (sektörün ülke payı)."),
            columns: [.init(words("Province", "İl")), .init(words("Plate", "Plaka"), numeric: true),
                      .init(sector + " (\(valueName))", numeric: true), .init(words("All sectors", "Tüm sektörler"), numeric: true),
                      .init("LQ", numeric: true)],
            rows: sorted.map { row in
                [.text(row.name), .text("\(row.plate)"), .text(ReportParts.number(row.value, digits: 0, language)),
                 .text(ReportParts.number(row.total, digits: 0, language)),
                 .text(row.lq.map { ReportParts.number($0, digits: 2, language) } ?? "–")]
            },
            rowIDs: sorted.map { "\($0.plate)" })
        let title = words("Where sector \(sector) is concentrated", "\(sector) sektörü nerede yoğunlaşıyor")
        let method = ReportParts.definitions(role: "method", [
            (words("Projection (PROJ)", "İzdüşüm (PROJ)"), ReportParts.code(display.boundaries.equalAreaProjection.definition)),
            (words("Province outlines", "İl sınırları"), .text(words(
                "unions of the district polygons, simplified for display (Douglas–Peucker, \(display.toleranceDegrees)°, shared borders once)",
                "ilçe sınırlarının birleşimi, gösterim için sadeleştirildi (Douglas–Peucker, \(display.toleranceDegrees)°, ortak sınırlar bir kez)"))),
        ] + provenanceItems())
        return HTMLDocument(language: language.rawValue, title: title, body: [.element("main", [
            .element("h1", text: title),
            .element("figure", ["data-figure": "map"], [.svg(markup)]),
            table,
            ReportParts.section(role: "method", heading: words("Method and reproduction", "Yöntem ve yeniden üretim"), [method]),
        ])])
    }

    func provenanceItems() -> [(term: String, value: HTMLNode)] {
        var items: [(term: String, value: HTMLNode)] = provenance.inputs.map { input in
            (input.role, .element("span", [ReportParts.code(input.path)] + (input.sha256.map {
                [.element("br"), .text("SHA-256 "), .element("code", ["data-value": "sha256"], text: $0)]
            } ?? [])))
        }
        items.append((words("Command", "Komut"), .element("code", ["data-value": "command"], text: provenance.command)))
        items.append((words("Versions", "Sürümler"), .text(
            "kume \(provenance.kumeVersion) · GEOS \(provenance.geosVersion) · PROJ \(provenance.projVersion)")))
        items.append((words("Data sources", "Veri kaynakları"), .element("ul", ReportProvenance.dataSources(
            language, boundaries: true).map { .element("li", text: $0) })))
        return items
    }
}
