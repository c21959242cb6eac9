import KumeData

/// Writes ``FeatureLayer``s as GeoJSON, one FeatureCollection file per layer, because a GeoJSON file is one
/// layer to GIS tools: the first layer goes to the path given, each other one beside it as `NAME-LAYER.EXT`
/// (`map.geojson`, `map-geography.geojson`), as FlatGeobuf layers are named.
package enum GeoJSONLayers {
    /// The file each layer is written to, in order.
    /// - Parameters:
    ///   - layers: The layers.
    ///   - path: The first layer's file (`.geojson` or `.json`).
    package static func paths(of layers: [FeatureLayer], at path: String) -> [String] {
        let dot = path.lastIndex(of: ".").flatMap { index in path[index...].contains("/") ? nil : index }
        let stem = dot.map { String(path[..<$0]) } ?? path
        let suffix = dot.map { String(path[$0...]) } ?? ".geojson"
        return layers.enumerated().map { index, layer in index == 0 ? path : "\(stem)-\(layer.name)\(suffix)" }
    }

    /// Writes every layer; all files are checked writable and every text is made before the first is written,
    /// and each goes through a temporary file and a rename.
    /// - Returns: The files written, in layer order.
    /// - Throws: ``GeoJSONWriter/MixedTypeError`` (a programming error) or ``AtomicFile/WriteError``.
    @discardableResult
    package static func write(_ layers: [FeatureLayer], to path: String, writer: GeoJSONWriter = GeoJSONWriter()) throws -> [String] {
        let targets = paths(of: layers, at: path)
        for target in targets { try AtomicFile.checkWritable(target) }
        let texts = try layers.map { try writer.featureCollection($0.features) }
        for (text, target) in zip(texts, targets) { try AtomicFile.write(text, to: target) }
        return targets
    }
}
