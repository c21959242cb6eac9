/// kume's reference tables, calls and planted clusters, embedded into the binary at build time so the
/// executable needs no data folder.
///
/// The files under `data/` (linked from this target's `tables/`, `calls/` and `synthetic/` folders) are
/// SwiftPM resources embedded in code (`.embedInCode` in `Package.swift`); each text here is its file's
/// exact bytes, decoded as UTF-8 once, on first use.
package enum EmbeddedData {
    /// `data/tables/member_types.csv`: each member type's English and Turkish names and the words accepted for it.
    package static let memberTypesCsv = text(PackageResources.member_types_csv)
    /// `data/tables/nace_rev2.csv`: NACE Rev.2, every section, division, group and class.
    package static let naceRev2Csv = text(PackageResources.nace_rev2_csv)
    /// `data/tables/nace_rev2_tr.csv`: the Turkish title of every NACE Rev.2 code (Eurostat's Turkish version).
    package static let naceRev2TrCsv = text(PackageResources.nace_rev2_tr_csv)
    /// `data/tables/tr_chambers_of_industry.csv`: Türkiye's chambers of industry.
    package static let trChambersOfIndustryCsv = text(PackageResources.tr_chambers_of_industry_csv)
    /// `data/tables/tr_district_points.csv`: each district's interior point and area.
    package static let trDistrictPointsCsv = text(PackageResources.tr_district_points_csv)
    /// `data/tables/tr_districts.csv`: Türkiye's 973 districts.
    package static let trDistrictsCsv = text(PackageResources.tr_districts_csv)
    /// `data/tables/tr_provinces.csv`: Türkiye's 81 provinces.
    package static let trProvincesCsv = text(PackageResources.tr_provinces_csv)
    /// `data/calls/2017-3.json`: the 2017 call.
    package static let call20173Json = text(PackageResources._017_3_json)
    /// `data/calls/2023-4.json`: the 2023 call.
    package static let call20234Json = text(PackageResources._023_4_json)
    /// `data/synthetic/planted_clusters.csv`: the clusters the synthetic registry plants.
    package static let plantedClustersCsv = text(PackageResources.planted_clusters_csv)

    /// The file's bytes as text (the files are UTF-8; SwiftPM names each resource after its file, with
    /// characters that cannot start or continue a Swift name replaced by `_`).
    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
