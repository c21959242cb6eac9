import Foundation
import KumeData
import KumeGeo
import KumeGeography

/// The map of a checked cluster for its report: drawn in the geography's own local equal-area projection, with
/// the outlines of the provinces and districts around it (from the district polygons, clipped to the view and
/// simplified below half a pixel), the economic geography hatched, and every member by type — firms counted,
/// not counted and outliers; chambers, universities and other institutions, labelled — with a scale bar, a north
/// arrow and a legend. Shapes, fills and dashes tell the layers apart, so it reads in black and white.
package struct ClusterReportMap: Sendable {
    /// The drawing.
    package var map: SVGMap
    /// Members whose points lie outside the drawing (far from the geography), with their distance to it.
    package var membersOutside: [(id: String, name: String, distanceKm: Double?)]
    /// Whether district and province outlines are drawn.
    package var hasOutlines: Bool

    /// How far beyond the geography members are still drawn: a member farther away is listed under the map
    /// instead, so one far institution does not shrink the cluster to a dot.
    package static let drawnDistanceKm = 40.0

    /// Builds the map of a check's outcome; nil when there is no geography (no firm has a point).
    /// - Parameters:
    ///   - outcome: the check's outcome.
    ///   - boundaries: the district polygons, or nil (then the points only, and the page says so).
    ///   - language: the language of the legend and labels.
    /// - Throws: ``GeographyError`` when PROJ cannot project or GEOS cannot clip.
    package static func make(_ outcome: ClusterCheck.Outcome, boundaries: AdministrativeBoundaries?,
                            language: VerdictReport.Language) throws -> ClusterReportMap? {
        guard let geography = outcome.geography else { return nil }
        let transformer: Transformer
        let context: GeometryContext
        do {
            transformer = try Transformer(from: .wgs84, to: .projString(geography.projection), in: try ProjectionContext())
            context = try GeometryContext()
        } catch let error as GeometryError {
            throw GeographyError.geometry(error)
        }
        let geographyRings = try geography.polygons.map { try $0.map { try transformer.forward($0) } }
        let verdict = outcome.verdict
        let membersByID = Dictionary(outcome.roster.members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        // The view: the geography and the members near it.
        var extent = PlanarBounds(covering: geographyRings.joined().joined())
            ?? PlanarBounds(minX: -1000, minY: -1000, maxX: 1000, maxY: 1000)
        var points: [(member: Verdict.MemberOutcome, point: Coordinate)] = []
        var outside: [(id: String, name: String, distanceKm: Double?)] = []
        for member in verdict.members {
            guard let location = membersByID[member.id]?.location else { continue }
            let point = try transformer.forward(location)
            if let distance = member.distanceKm, distance > drawnDistanceKm {
                outside.append((member.id, member.name, distance))
                continue
            }
            points.append((member, point))
            extent = extent.union(PlanarBounds(minX: point.x, minY: point.y, maxX: point.x, maxY: point.y))
        }
        let side = max(extent.width, extent.height, 4000)
        let view = extent.expanded(by: side * 0.12)

        var layers: [MapLayer] = []
        let words = { (english: String, turkish: String) in ReportParts.words(language, english, turkish) }
        if let boundaries {
            layers += try outlineLayers(boundaries, view: view, transformer: transformer, context: context, words: words)
        }
        layers.append(MapLayer(
            key: "economic-geography", legend: words("Economic geography", "Ekonomik coğrafya"),
            features: .areas([MapArea(id: "geography", polygons: geographyRings,
                                      title: words("Economic geography", "Ekonomik coğrafya"))]),
            style: MapStyle(stroke: "#000", strokeWidthPixels: 2,
                            fill: .hatched("#555", angleDegrees: 45, spacingPixels: 7))))
        layers += memberLayers(points, verdict: verdict, words: words)

        let map = SVGMap(
            layers: layers,
            words: SVGMap.Words(title: words("Map of the cluster", "Kümenin haritası"), north: words("N", "K"),
                                legend: words("Legend", "Açıklama")),
            extent: view, widthPixels: 760, idPrefix: "cluster-map")
        return ClusterReportMap(map: map, membersOutside: outside, hasOutlines: boundaries != nil)
    }

    /// Province outlines (bold) and district outlines (thin, dashed, named), for the districts in view.
    static func outlineLayers(_ boundaries: AdministrativeBoundaries, view: PlanarBounds, transformer: Transformer,
                              context: GeometryContext, words: (String, String) -> String) throws -> [MapLayer] {
        let clipBox = view.expanded(by: max(view.width, view.height) * 0.1)
        // Districts are picked by their longitude–latitude box first, so only those near the view are projected.
        var edge: [Coordinate] = []
        for step in 0...4 {
            let f = Double(step) / 4
            let x = clipBox.minX + f * clipBox.width, y = clipBox.minY + f * clipBox.height
            edge += [Coordinate(x: x, y: clipBox.minY), Coordinate(x: x, y: clipBox.maxY),
                     Coordinate(x: clipBox.minX, y: y), Coordinate(x: clipBox.maxX, y: y)]
        }
        let corners = try transformer.inverse(edge)
        let lonLatBox = PlanarBounds(covering: corners)?.expanded(by: 0.05)
        let interiorPoints = Dictionary(DistrictTable.shared.districts.map { ($0.pcode, $0.interiorPoint) },
                                        uniquingKeysWith: { first, _ in first })
        var districtAreas: [MapArea] = []
        var byProvince: [(plate: Int, name: String, geometries: [Geometry])] = []
        for district in boundaries.districts {
            guard let lonLat = PlanarBounds(covering: district.polygons.lazy.flatMap { $0.first ?? [] }),
                  let lonLatBox, lonLat.intersects(lonLatBox) else { continue }
            let rings = try district.polygons.map { try $0.map { try transformer.forward($0) } }
            guard let bounds = PlanarBounds(covering: rings.lazy.flatMap { $0.first ?? [] }),
                  bounds.intersects(clipBox) else { continue }
            let clipped = try clip(rings, to: clipBox, context: context)
            guard !clipped.isEmpty else { continue }
            districtAreas.append(MapArea(
                id: district.code, polygons: clipped, label: district.name,
                labelPoint: try interiorPoints[district.code].map { try transformer.forward($0) },
                title: "\(district.name), \(district.province)"))
            let geometry = try run { try polygonsGeometry(clipped, context: context) }
            if let index = byProvince.firstIndex(where: { $0.plate == district.plate }) {
                byProvince[index].geometries.append(geometry)
            } else {
                byProvince.append((district.plate, district.province, [geometry]))
            }
        }
        // Each province's outline is the union of its districts, so the two kinds of border coincide.
        let provinceAreas = try byProvince.map { province in
            let union = try run {
                try Geometry.collection(province.geometries, as: .geometryCollection, in: context).unaryUnion()
            }
            return MapArea(id: "province-\(province.plate)", polygons: try run { try polygonal(union) },
                           title: province.name)
        }
        return [
            MapLayer(key: "districts", legend: words("District border", "İlçe sınırı"),
                     features: .areas(districtAreas),
                     style: MapStyle(stroke: "#666", strokeWidthPixels: 0.8, dashPixels: [4, 2],
                                     labelSizePixels: 10)),
            MapLayer(key: "provinces", legend: words("Province border", "İl sınırı"),
                     features: .areas(provinceAreas),
                     style: MapStyle(stroke: "#000", strokeWidthPixels: 2.2)),
        ]
    }

    /// The member layers: firms counted, firms not counted, outliers, chambers, universities, other
    /// institutions.
    static func memberLayers(_ points: [(member: Verdict.MemberOutcome, point: Coordinate)], verdict: Verdict,
                             words: (String, String) -> String) -> [MapLayer] {
        var counted: [MapPoint] = [], notCounted: [MapPoint] = [], outliers: [MapPoint] = []
        var chambers: [MapPoint] = [], universities: [MapPoint] = [], others: [MapPoint] = []
        for (member, point) in points {
            let title = "\(member.name) (\(member.id))"
            switch member.type {
            case .firm:
                let mapPoint = MapPoint(id: member.id, point: point, title: title)
                if member.outlier {
                    outliers.append(mapPoint)
                } else if CheckReportPage.isCounted(member, verdict) {
                    counted.append(mapPoint)
                } else {
                    notCounted.append(mapPoint)
                }
            case .chamberOfIndustry, .chamberOfCommerceAndIndustry, .chamberOfCommerce, .maritimeChamber:
                chambers.append(MapPoint(id: member.id, point: point, label: member.name, title: title))
            case .university:
                universities.append(MapPoint(id: member.id, point: point, label: member.name, title: title))
            default:
                others.append(MapPoint(id: member.id, point: point, label: member.name, title: title))
            }
        }
        func layer(_ key: String, _ legend: String, _ points: [MapPoint], _ symbol: MapSymbol, bold: Bool = false)
            -> MapLayer
        {
            MapLayer(key: key, legend: points.isEmpty ? nil : legend, features: .points(points),
                     style: MapStyle(stroke: "#000", strokeWidthPixels: 1.2, symbol: symbol, boldLabels: bold))
        }
        return [
            layer("firms-not-counted", words("Firm, not counted", "Firma, sayılmayan"), notCounted,
                  MapSymbol(.circle, filled: false, sizePixels: 8)),
            layer("firms-counted", words("Committed firm of the main activity (counted)",
                                         "Ana faaliyette taahhüt veren firma (sayılan)"), counted,
                  MapSymbol(.circle, filled: true, sizePixels: 8)),
            layer("outliers", words("Firm named an outlier", "Aykırı firma"), outliers,
                  MapSymbol(.cross, filled: true, sizePixels: 10)),
            layer("other-institutions", words("Other institution", "Diğer kurum"), others,
                  MapSymbol(.diamond, filled: false, sizePixels: 12)),
            layer("universities", words("University", "Üniversite"), universities,
                  MapSymbol(.triangle, filled: true, sizePixels: 13), bold: true),
            layer("chambers", words("Chamber", "Oda"), chambers,
                  MapSymbol(.square, filled: true, sizePixels: 11), bold: true),
        ]
    }

    /// Rings clipped to a rectangle (repaired first when GEOS finds them invalid).
    static func clip(_ polygons: [[[Coordinate]]], to box: PlanarBounds, context: GeometryContext) throws
        -> [[[Coordinate]]]
    {
        try run {
            let rectangle = try Geometry.polygon(shell: [
                Coordinate(x: box.minX, y: box.minY), Coordinate(x: box.maxX, y: box.minY),
                Coordinate(x: box.maxX, y: box.maxY), Coordinate(x: box.minX, y: box.maxY),
            ], in: context)
            var geometry = try polygonsGeometry(polygons, context: context)
            if !(try geometry.isValid()) { geometry = try geometry.makeValid() }
            let clipped = try geometry.intersection(rectangle)
            return try clipped.isEmpty ? [] : try polygonal(clipped)
        }
    }

    static func polygonsGeometry(_ polygons: [[[Coordinate]]], context: GeometryContext) throws -> Geometry {
        let parts = try polygons.filter { ($0.first?.count ?? 0) >= 4 }.map { rings in
            try Geometry.polygon(shell: rings[0], holes: Array(rings.dropFirst().filter { $0.count >= 4 }), in: context)
        }
        return try Geometry.collection(parts, as: .multiPolygon, in: context)
    }

    static func polygonal(_ geometry: Geometry) throws -> [[[Coordinate]]] {
        switch try geometry.type {
        case .polygon, .multiPolygon: return try geometry.polygons()
        case .geometryCollection: return try (0..<geometry.count).flatMap { try polygonal(try geometry.part($0)) }
        default: return []
        }
    }

    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as GeometryError {
            throw GeographyError.geometry(error)
        }
    }
}
