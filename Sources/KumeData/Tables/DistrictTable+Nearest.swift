import Foundation
import KumeGeo

extension DistrictTable {
    /// The district whose interior point is nearest to `point` (WGS84 longitude, latitude); `nil` for an
    /// empty table. An approximation of "the district the point lies in" for when boundary polygons are
    /// not installed.
    ///
    /// Distances are compared on the equirectangular approximation (longitude differences scaled by the
    /// cosine of the latitude), which ranks neighbours a few tens of kilometres apart as the geodesic does
    /// and costs a few multiplications per district.
    package func nearest(to point: Coordinate) -> District? {
        nearest(to: point, among: districts)
    }

    /// The district of the province with plate `plate` whose interior point is nearest to `point`; `nil` when
    /// the table has none for that plate. For a member whose province is stated but whose district is not.
    package func nearest(to point: Coordinate, inProvince plate: Int) -> District? {
        nearest(to: point, among: districts.filter { $0.plate == plate })
    }

    private func nearest(to point: Coordinate, among districts: [District]) -> District? {
        let scale = cos(point.latitude * .pi / 180)
        func squaredDistance(_ district: District) -> Double {
            let dx = (district.interiorPoint.longitude - point.longitude) * scale
            let dy = district.interiorPoint.latitude - point.latitude
            return dx * dx + dy * dy
        }
        return districts.min { squaredDistance($0) < squaredDistance($1) }
    }
}
