import Foundation
import KumeData

/// Something the geography builder wants the reader to know about the geography it drew, in English and
/// Turkish: reports list these with the warnings.
package enum GeographyNote: Sendable, Hashable {
    /// The firms form separate groups, farther apart than the group distance: the roster is not one
    /// concentration, and the geography has one part per group.
    case separateGroups(firmsPerGroup: [Int], distanceKilometres: Double)
    /// A group's concave hull could not be used, so its convex hull was.
    case convexHull(firms: Int, reason: ConvexReason)

    /// Why a group's concave hull was replaced by its convex hull.
    package enum ConvexReason: String, Sendable, Hashable {
        /// GEOS 3.11's triangulation of the firms does not tile their convex hull (nearly collinear firms).
        case unsoundTriangulation = "unsound-triangulation"
        /// The concave hull left some of the group's firms outside.
        case firmsLeftOut = "firms-left-out"
        /// The concave hull is not a valid polygon (its ring crosses itself).
        case invalidHull = "invalid-hull"
        /// GEOS's convex hull itself is not sound (nearly collinear firms): the narrowest rectangle along the
        /// firms' line stands in for it.
        case invalidConvexHull = "invalid-convex-hull"
    }

    /// The note in English.
    package var english: String {
        switch self {
        case .separateGroups(let sizes, let distance):
            return "the firms form \(sizes.count) groups more than \(NumberText.plain(distance)) km apart "
                + "(\(sizes.map(String.init).joined(separator: ", ")) firms): the roster is not one concentration, "
                + "so the geography has one part per group — check that the application describes one cluster"
        case .convexHull(let firms, .unsoundTriangulation):
            return "\(firms) firms lie so nearly on one line that GEOS 3.11 cannot trace their concave hull; "
                + "their convex hull was used (the same area once buffered, to within the line's width)"
        case .convexHull(let firms, .firmsLeftOut):
            return "GEOS's concave hull of \(firms) firms left some of them outside; their convex hull was used"
        case .convexHull(let firms, .invalidHull):
            return "GEOS's concave hull of \(firms) firms is not a valid polygon (its border crosses itself); their "
                + "convex hull was used"
        case .convexHull(let firms, .invalidConvexHull):
            return "\(firms) firms lie so nearly on one line that GEOS 3.11 cannot outline them; the narrowest "
                + "rectangle along their line was used"
        }
    }

    /// The note in Turkish.
    package var turkish: String {
        switch self {
        case .separateGroups(let sizes, let distance):
            return "firmalar birbirinden \(NumberText.plain(distance, turkish: true)) km'den uzak \(sizes.count) "
                + "gruba ayrılıyor (\(sizes.map(String.init).joined(separator: ", ")) firma): üye listesi tek bir "
                + "yığılma değil, coğrafya her grup için ayrı bir parçadan oluşuyor — başvurunun tek bir kümeyi "
                + "anlattığını denetleyin"
        case .convexHull(let firms, .unsoundTriangulation):
            return "\(firms) firma neredeyse tek bir doğru üzerinde olduğundan GEOS 3.11 içbükey zarflarını "
                + "çizemiyor; dışbükey zarfları kullanıldı (tampon eklendikten sonra alan, doğrunun genişliği kadar farkla aynı)"
        case .convexHull(let firms, .firmsLeftOut):
            return "GEOS'un \(firms) firma için çizdiği içbükey zarf bazı firmaları dışarıda bıraktı; dışbükey zarfları kullanıldı"
        case .convexHull(let firms, .invalidHull):
            return "GEOS'un \(firms) firma için çizdiği içbükey zarf geçerli bir çokgen değil (sınırı kendini kesiyor); "
                + "dışbükey zarfları kullanıldı"
        case .convexHull(let firms, .invalidConvexHull):
            return "\(firms) firma neredeyse tek bir doğru üzerinde olduğundan GEOS 3.11 onları çevreleyemiyor; "
                + "doğrultuları boyunca en dar dikdörtgen kullanıldı"
        }
    }

    /// The note in the requested language.
    package func text(turkish: Bool) -> String { turkish ? self.turkish : english }
}
