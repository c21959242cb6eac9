import KumeData
import KumeGeo

/// How many registry firms, and how many of one sector, a geography covers, and which rows they are.
///
/// The rows in the geography's bounding box first (``LongitudeIndex``), then GEOS's prepared covers for
/// those points, in WGS84 longitude, latitude (the geography's own frame after rounding).
package struct FirmsInGeography {
    /// Firms of any sector inside.
    package var all = 0
    /// Firms of the sector inside.
    package var sector = 0
    /// The rows inside, in ascending row order.
    package var insideRows: [Int] = []

    /// Counts the indexed rows inside `geography`, and those of them for which `inSector` holds.
    package init(geography: EconomicGeography, registry: Registry, index: LongitudeIndex, inSector: (Int) -> Bool) throws {
        let rings = geography.polygons.flatMap { $0 }.flatMap { $0 }
        guard let minX = rings.map(\.x).min(), let maxX = rings.map(\.x).max(),
              let minY = rings.map(\.y).min(), let maxY = rings.map(\.y).max() else { return }
        let candidates = index.rows(longitude: minX...maxX, latitude: minY...maxY)
        do {
            let context = try GeometryContext()
            let parts = try geography.polygons.map { rings in
                try Geometry.polygon(shell: rings.first ?? [], holes: Array(rings.dropFirst()), in: context)
            }
            let area = try Geometry.collection(parts, as: .multiPolygon, in: context).prepared()
            let covered = try area.covers(points: candidates.map { registry.coordinates[$0] })
            for (row, isCovered) in zip(candidates, covered) where isCovered {
                all += 1
                if inSector(row) { sector += 1 }
                insideRows.append(row)
            }
            insideRows.sort()
        } catch let error as GeometryError {
            throw GeographyError.geometry(error)
        }
    }
}
