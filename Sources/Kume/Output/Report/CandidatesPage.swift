import Foundation
import KumeAnalytics
import KumeData
import KumeGeo
import KumeGeography

/// The page of `kume detect --format html`: the candidate clusters on a map of Türkiye's provinces (each
/// candidate's geography hatched and marked with its rank), the candidates' table, and how they were found.
package struct CandidatesPage: Sendable {
    package var candidates: [Candidate]
    /// Every candidate tested, for the headline (which counts them all).
    package var tested: [Candidate]
    package var search: CandidateSearch
    package var registry: Registry
    /// Display-simplified provinces for the base map; nil draws the candidates alone, with a note.
    package var display: DisplayBoundaries?
    package var provenance: ReportProvenance

    package init(candidates: [Candidate], tested: [Candidate], search: CandidateSearch, registry: Registry,
                display: DisplayBoundaries?, provenance: ReportProvenance) {
        self.candidates = candidates
        self.tested = tested
        self.search = search
        self.registry = registry
        self.display = display
        self.provenance = provenance
    }

    /// The page.
    /// - Throws: ``GeographyError`` when the map cannot be projected or drawn.
    package func document() throws -> HTMLDocument {
        let headline = CandidateReport.headline(tested, search: search, registry: registry)
        var layers: [MapLayer] = []
        var frame: (Coordinate) throws -> Coordinate
        var extent: PlanarBounds?
        if let display {
            let map = try NationalMap(display.boundaries)
            layers.append(map.outlineLayer(legend: "Province border"))
            frame = map.project
            extent = PlanarBounds(covering: map.provinces.lazy.flatMap { $0.polygons.lazy.flatMap { $0.first ?? [] } })
        } else {
            let projection = LocalProjection(centre: AdministrativeBoundaries.projectionCentre)
            let transformer: Transformer
            do {
                transformer = try Transformer(from: .wgs84, to: projection.crs, in: try ProjectionContext())
            } catch let error as GeometryError {
                throw GeographyError.geometry(error)
            }
            frame = { try transformer.forward($0) }
        }
        var areas: [MapArea] = [], marks: [MapPoint] = []
        for candidate in candidates {
            let polygons = try candidate.geography.polygons.map { polygon in try polygon.map { try $0.map(frame) } }
            let title = "#\(candidate.rank) \(candidate.sector): \(candidate.firmRows.count) firms, "
                + candidate.places.provinces.joined(separator: ", ")
            areas.append(MapArea(id: "candidate-\(candidate.rank)", polygons: polygons, title: title))
            if let bounds = PlanarBounds(covering: polygons.lazy.flatMap { $0.first ?? [] }) {
                marks.append(MapPoint(id: "candidate-\(candidate.rank)",
                                      point: Coordinate(x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2),
                                      label: "\(candidate.rank)", title: title))
            }
        }
        layers.append(MapLayer(key: "candidates", legend: "Candidate's economic geography", features: .areas(areas),
                               style: MapStyle(stroke: "#000", strokeWidthPixels: 1.2,
                                               fill: .hatched("#000", angleDegrees: 45, spacingPixels: 4))))
        layers.append(MapLayer(key: "candidate-marks", legend: "Candidate (rank)", features: .points(marks),
                               style: MapStyle(stroke: "#000", symbol: MapSymbol(.circle, filled: false, sizePixels: 9),
                                               boldLabels: true)))
        let svg = SVGMap(layers: layers, words: SVGMap.Words(title: "Candidate clusters"), extent: extent,
                         widthPixels: 900, idPrefix: "candidates-map", simplificationPixels: 0.4)
        let markup: SVGMarkup
        do {
            markup = try svg.render()
        } catch {
            throw GeographyError.geometry(error)
        }
        var figure: [HTMLNode] = [.element("figure", ["data-figure": "map"], [.svg(markup)])]
        if display == nil {
            figure.append(ReportParts.note(
                "The district polygons were not available, so the map shows the candidates without province outlines (run scripts/fetch-boundaries).",
                role: "no-boundaries"))
        }
        let table = ReportParts.table(
            role: "candidates", caption: nil,
            columns: [.init("Rank", numeric: true), .init("Sector"), .init("Firms", numeric: true),
                      .init("Employees", numeric: true), .init("LQ", numeric: true), .init("Excess firms", numeric: true),
                      .init("p (Holm)", numeric: true), .init("Significant"), .init("km²", numeric: true),
                      .init("Pre-eligible"), .init("Provinces"), .init("Institutions near")],
            rows: candidates.map { c in
                let eligible = CandidateReport.preEligible(c).map { $0 ? "yes" : "no" } ?? "unknown"
                return [
                    .text("\(c.rank)"), ReportParts.code(c.sector), .text("\(c.firmRows.count)"), .text("\(c.employment)"),
                    .text(NumberText.fixed(c.locationQuotient, decimals: 2)), .text(NumberText.fixed(c.excessFirms, decimals: 1)),
                    .text(CandidateReport.pText(c.adjustedPValue)), .text(c.significant ? "yes" : "no"),
                    .text(NumberText.fixed(c.geography.areaSquareKilometres, decimals: 1)), .text(eligible),
                    .text(c.places.provinces.joined(separator: ", ")),
                    .text(c.institutions.isEmpty ? "–" : c.institutions.map {
                        "\($0.member.name) (\(NumberText.fixed($0.distanceKm, decimals: 1)) km)"
                    }.joined(separator: "; ")),
                ]
            },
            rowIDs: candidates.map { "candidate-\($0.rank)" })
        let method = ReportParts.definitions(role: "method", [
            ("Clustering", .text("\(search.method)")),
            ("Geography", .text("\(HullBufferBuilder.methodName), concavity \(NumberText.plain(search.geography.concavity)), "
                + "buffer \(NumberText.plain(search.geography.bufferKilometres)) km")),
            ("Significance", .text("binomial test of each candidate's sector firms inside against the registry's own mix, "
                + "Holm-adjusted over all \(tested.count) candidates, at \(NumberText.plain(search.alpha * 100)) %")),
            ("Pre-eligibility", .text("the \(search.call.id) call's chamber, university and committed-firm rules applied to the candidate's firms and the institutions given")),
        ] + provenance.inputs.map { input in
            (input.role, .element("span", [ReportParts.code(input.path)] + (input.sha256.map {
                [.element("br"), .text("SHA-256 "), .element("code", ["data-value": "sha256"], text: $0)]
            } ?? [])))
        } + [
            ("Command", .element("code", ["data-value": "command"], text: provenance.command)),
            ("Versions", .text("kume \(provenance.kumeVersion) · GEOS \(provenance.geosVersion) · PROJ \(provenance.projVersion)")),
        ])
        return HTMLDocument(language: "en", title: "Candidate clusters in \(registry.source)", body: [.element("main", [
            .element("h1", text: "Candidate clusters"),
            .element("p", ["data-value": "headline"], text: headline),
        ] + figure + [
            table,
            ReportParts.section(role: "method", heading: "Method and reproduction", [method]),
        ])])
    }
}
