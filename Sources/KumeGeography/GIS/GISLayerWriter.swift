import KumeData
import KumeGDAL
import KumeGeo

/// The GIS formats kume writes through GDAL besides its own GeoJSON.
package enum GISFormat: String, Sendable, CaseIterable {
    /// GeoPackage (`.gpkg`): every layer in one file, QGIS's default format.
    case geoPackage = "gpkg"
    /// FlatGeobuf (`.fgb`): one layer per file; the first layer in the path given, each other one beside it
    /// as `NAME-LAYER.fgb`.
    case flatGeobuf = "fgb"

    /// The format a path's extension names (`.gpkg`, `.fgb`, any case), or nil.
    package init?(path: String) {
        let lower = path.lowercased()
        guard let format = Self.allCases.first(where: { lower.hasSuffix("." + $0.rawValue) }) else { return nil }
        self = format
    }
}

/// A named layer of features, as kume's maps make them (typed properties, WGS84 longitude, latitude).
package struct FeatureLayer: Sendable {
    /// The layer's (table's) name, for example `members`.
    package var name: String
    /// The features, in order.
    package var features: [GeoJSONFeature]

    /// A layer named `name` holding `features`.
    package init(name: String, features: [GeoJSONFeature]) {
        self.name = name
        self.features = features
    }

    /// The features of a mixed map split into layers by the value of their property `key` (kume's maps mark
    /// each feature's kind in `feature`), named by `names` (a value missing from it keeps its own name), in the
    /// order of `names`' first appearance in the features; `key` itself is left out of the layers.
    package static func split(_ features: [GeoJSONFeature], by key: String = "feature", names: [String: String]) -> [FeatureLayer] {
        var order: [String] = []
        var groups: [String: [GeoJSONFeature]] = [:]
        for feature in features {
            var value = ""
            if let property = feature.properties.first(where: { $0.key == key }), case .string(let text) = property.value {
                value = text
            }
            var stripped = feature
            stripped.properties.removeAll { $0.key == key }
            if groups[value] == nil { order.append(value) }
            groups[value, default: []].append(stripped)
        }
        return order.map { FeatureLayer(name: names[$0] ?? ($0.isEmpty ? "features" : $0), features: groups[$0] ?? []) }
    }
}

/// Writes ``FeatureLayer``s as a GeoPackage or FlatGeobuf through GDAL (KumeGDAL): typed fields (text,
/// integers, reals, booleans), EPSG:4326 in longitude, latitude order, points or multipolygons, a spatial index.
///
/// Each file is written whole in GDAL's in-memory file system, then to disk through ``AtomicFile`` (a temporary
/// file and a rename), so an interrupted or failed run never leaves a half-written file. A property that is null
/// in every feature of a layer (a column of another kind of feature) is left out of that layer; one with integers
/// and reals is a real column; one with text and numbers is refused.
package enum GISLayerWriter {
    /// Why layers cannot be written.
    package struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The output path.
        package var path: String
        /// What went wrong.
        package var reason: String

        package var description: String { "\(path): cannot write the map (\(reason))" }
    }

    /// Writes `layers` to `path` in `format`.
    ///
    /// - Returns: The files written: one GeoPackage, or one FlatGeobuf per layer.
    /// - Throws: ``WriteError`` (FlatGeobuf and a feature without geometry, a property of two types),
    ///   ``AtomicFile/WriteError``, or ``GDALError``.
    @discardableResult
    package static func write(_ layers: [FeatureLayer], to path: String, format: GISFormat) throws -> [String] {
        let folder = InMemoryFolder()
        switch format {
        case .geoPackage:
            let memory = folder.file("map.gpkg")
            let dataset = try VectorDataset.create(memory, driver: .geoPackage)
            for layer in layers { try write(layer, into: dataset, path: path) }
            try dataset.close()
            try AtomicFile.write(try folder.contents(of: memory), to: path)
            return [path]
        case .flatGeobuf:
            var written: [String] = []
            let targets = layers.enumerated().map { index, layer in
                index == 0 ? path : String(path.dropLast(4)) + "-" + layer.name + ".fgb"
            }
            for target in targets { try AtomicFile.checkWritable(target) }
            for (layer, target) in zip(layers, targets) {
                let memory = folder.file("\(layer.name).fgb")
                if let missing = layer.features.firstIndex(where: { if case .none = $0.geometry { return true } else { return false } }) {
                    throw WriteError(path: target, reason: "feature \(missing + 1) of layer '\(layer.name)' has no geometry, "
                        + "which FlatGeobuf cannot hold — write a GeoPackage (.gpkg) instead")
                }
                let dataset = try VectorDataset.create(memory, driver: .flatGeobuf)
                try write(layer, into: dataset, path: target)
                try dataset.close()
                try AtomicFile.write(try folder.contents(of: memory), to: target)
                written.append(target)
            }
            return written
        }
    }

    private static func write(_ layer: FeatureLayer, into dataset: VectorDataset, path: String) throws {
        let columns = try columns(of: layer, path: path)
        let created = try dataset.createLayer(
            named: layer.name, geometryType: try geometryType(of: layer, path: path),
            spatialReference: try .wgs84(), options: LayerCreationOptions(spatialIndex: true))
        for column in columns { try created.createField(FieldDefinition(name: column.name, type: column.type)) }
        let body = {
            for feature in layer.features {
                var values = [FieldValue](repeating: .null, count: columns.count)
                for (key, value) in feature.properties {
                    guard let index = columns.firstIndex(where: { $0.name == key }) else { continue }
                    values[index] = fieldValue(value)
                }
                try created.add(values: values, geometryWKB: wkb(feature.geometry))
            }
        }
        if try dataset.supportsTransactions() { try dataset.inTransaction(body) } else { try body() }
    }

    /// The layer's columns in first-appearance order with their types; all-null ones left out.
    static func columns(of layer: FeatureLayer, path: String) throws -> [(name: String, type: FieldType)] {
        var order: [String] = []
        var types: [String: FieldType] = [:]
        var seen: Set<String> = []
        for feature in layer.features {
            for (key, value) in feature.properties {
                if seen.insert(key).inserted { order.append(key) }
                guard let type = fieldType(value) else { continue }
                switch (types[key], type) {
                case (nil, _): types[key] = type
                case (.integer?, .integer64): types[key] = .integer64
                case (.integer64?, .integer): break
                // A whole number in a column of reals (GeoJSON writes 2.0 as 2) makes no integer column.
                case (.integer?, .real), (.integer64?, .real): types[key] = .real
                case (.real?, .integer), (.real?, .integer64): break
                case (let previous?, _) where previous == type: break
                case (let previous?, _):
                    throw WriteError(path: path, reason: "property '\(key)' of layer '\(layer.name)' is both \(previous) and \(type)")
                }
            }
        }
        return order.compactMap { key in types[key].map { (key, $0) } }
    }

    private static func fieldType(_ value: GeoJSONValue) -> FieldType? {
        switch value {
        case .string: return .string
        case .integer(let number): return Int32(exactly: number) == nil ? .integer64 : .integer
        case .number: return .real
        case .bool: return .boolean
        case .null: return nil
        }
    }

    static func fieldValue(_ value: GeoJSONValue) -> FieldValue {
        switch value {
        case .string(let text): return .string(text)
        case .integer(let number): return .integer(Int64(number))
        case .number(let number, let decimals):
            // The value as the GeoJSON map states it: rounded to its decimals.
            let scale = pow10(decimals)
            return .real((number * scale).rounded() / scale)
        case .bool(let flag): return .boolean(flag)
        case .null: return .null
        }
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<max(0, exponent)).reduce(1.0) { value, _ in value * 10 }
    }

    static func geometryType(of layer: FeatureLayer, path: String) throws -> VectorGeometryType {
        var points = false, polygons = false
        for feature in layer.features {
            switch feature.geometry {
            case .point: points = true
            case .polygons: polygons = true
            case .none: break
            }
        }
        if points, polygons {
            throw WriteError(path: path, reason: "layer '\(layer.name)' mixes points and polygons; split it into two layers")
        }
        return points ? .point : polygons ? .multiPolygon : .none
    }

    /// Little-endian 2D WKB of a point or a multipolygon (rings as given), nil for no geometry.
    static func wkb(_ geometry: GeoJSONFeature.Geometry) -> [UInt8]? {
        func uint32(_ value: Int) -> [UInt8] { withUnsafeBytes(of: UInt32(value).littleEndian, Array.init) }
        func xy(_ point: Coordinate) -> [UInt8] {
            withUnsafeBytes(of: point.longitude.bitPattern.littleEndian, Array.init)
                + withUnsafeBytes(of: point.latitude.bitPattern.littleEndian, Array.init)
        }
        switch geometry {
        case .none: return nil
        case .point(let point): return [1] + uint32(1) + xy(point)
        case .polygons(let polygons):
            var bytes: [UInt8] = [1] + uint32(6) + uint32(polygons.count)
            for rings in polygons {
                bytes += [1] + uint32(3) + uint32(rings.count)
                for ring in rings {
                    bytes += uint32(ring.count)
                    for point in ring { bytes += xy(point) }
                }
            }
            return bytes
        }
    }
}
