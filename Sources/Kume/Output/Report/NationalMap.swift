import Foundation
import KumeData
import KumeGeo
import KumeGeography

/// Türkiye's provinces on a national map, in the boundaries' own equal-area projection (Lambert azimuthal, centred
/// at 35° E, 39° N): the base of the `detect` and `rank` pages, and of any page that shows the whole country.
package struct NationalMap {
    /// One province, projected (metres).
    package struct Province: Sendable {
        package var plate: Int
        package var name: String
        package var polygons: [[[Coordinate]]]
    }

    /// The provinces, projected.
    package var provinces: [Province]
    let transformer: Transformer

    /// Projects the provinces of `boundaries` (display-simplified ones keep the page small).
    /// - Throws: ``GeographyError`` when PROJ fails.
    package init(_ boundaries: AdministrativeBoundaries) throws {
        do {
            let projector = try Transformer(from: .wgs84, to: boundaries.equalAreaProjection.crs, in: try ProjectionContext())
            provinces = try boundaries.provinces.map { province in
                Province(plate: province.plate, name: province.name,
                         polygons: try province.polygons.map { polygon in try polygon.map { try projector.forward($0) } })
            }
            transformer = projector
        } catch let error as GeometryError {
            throw GeographyError.geometry(error)
        }
    }

    /// A longitude–latitude point in the map's frame.
    package func project(_ lonLat: Coordinate) throws -> Coordinate {
        try transformer.forward(lonLat)
    }

    /// Rings in the map's frame.
    package func project(polygons: [[[Coordinate]]]) throws -> [[[Coordinate]]] {
        try polygons.map { polygon in try polygon.map { try transformer.forward($0) } }
    }

    /// The provinces as one outline layer.
    package func outlineLayer(legend: String?) -> MapLayer {
        MapLayer(key: "provinces", legend: legend, features: .areas(provinces.map { province in
            MapArea(id: "province-\(province.plate)", polygons: province.polygons, title: province.name)
        }), style: MapStyle(stroke: "#555", strokeWidthPixels: 0.6))
    }

    /// A choropleth: one layer per class, from light to dark grey so the order reads in black and white, each
    /// province titled with its value; provinces without a value get a hatched "no data" layer.
    /// - Parameters:
    ///   - values: the value by plate.
    ///   - breaks: the classes' lower bounds after the first, ascending (e.g. 0.5, 1, 1.5, 2 for LQ).
    ///   - format: how a value is written in titles and the legend.
    ///   - noData: the legend of provinces without a value.
    package func choroplethLayers(values: [Int: Double], breaks: [Double], format: (Double) -> String,
                                 noData: String) -> [MapLayer] {
        let greys = Self.greys(count: breaks.count + 1)
        var classes = [[MapArea]](repeating: [], count: breaks.count + 1)
        var missing: [MapArea] = []
        for province in provinces {
            guard let value = values[province.plate], value.isFinite else {
                missing.append(MapArea(id: "province-\(province.plate)", polygons: province.polygons,
                                       title: "\(province.name): –"))
                continue
            }
            let index = breaks.firstIndex { value < $0 } ?? breaks.count
            classes[index].append(MapArea(id: "province-\(province.plate)", polygons: province.polygons,
                                          title: "\(province.name): \(format(value))"))
        }
        var layers: [MapLayer] = []
        for (index, areas) in classes.enumerated() {
            let legend: String
            if index == 0 { legend = "< " + format(breaks.first ?? 0) }
            else if index == breaks.count { legend = "≥ " + format(breaks[index - 1]) }
            else { legend = format(breaks[index - 1]) + " – " + format(breaks[index]) }
            layers.append(MapLayer(key: "class-\(index)", legend: legend, features: .areas(areas),
                                   style: MapStyle(stroke: "#333", strokeWidthPixels: 0.5,
                                                   fill: .solid(greys[index], opacity: 1))))
        }
        layers.append(MapLayer(key: "no-data", legend: missing.isEmpty ? nil : noData, features: .areas(missing),
                               style: MapStyle(stroke: "#333", strokeWidthPixels: 0.5,
                                               fill: .hatched("#777", angleDegrees: 45, spacingPixels: 5))))
        return layers
    }

    /// `count` greys from near white to near black.
    static func greys(count: Int) -> [String] {
        (0..<count).map { index in
            let level = Int((245 - Double(index) / Double(max(count - 1, 1)) * 200).rounded())
            let hex = String(level, radix: 16)
            let pair = hex.count == 1 ? "0" + hex : hex
            return "#" + pair + pair + pair
        }
    }
}
