import Foundation

/// The rosters of a folder: its files with a roster's extension, sorted by name.
public enum RosterFolder {
    /// The extensions read as rosters: text tables and GeoJSON, workbooks, and GIS layers (a Shapefile by
    /// its `.shp`; its `.dbf`, `.shx`, `.prj` and `.cpg` are read with it, not as rosters).
    public static let rosterExtensions: Set<String> = ["csv", "tsv", "txt", "geojson", "json", "xlsx", "ods", "gpkg", "shp", "fgb"]
    /// The suffix of a business-plans file (`NAME-plans.csv`), which is not a roster.
    public static let plansSuffix = "-plans.csv"

    /// The problem with the folder itself.
    public struct FolderError: Error, Sendable, CustomStringConvertible {
        /// What is wrong and what to do.
        public var description: String
    }

    /// The roster files of `folder`: not hidden, not subfolders, not `NAME-plans.csv`, not `excluding`,
    /// sorted bytewise by name (the same order on every machine).
    /// - Parameters:
    ///   - folder: The folder.
    ///   - excluding: File names in the folder that are not rosters (a monitoring table, a decisions table),
    ///     compared ignoring case.
    /// - Returns: The file names (not paths).
    /// - Throws: ``FolderError`` when `folder` is not a readable folder.
    public static func files(in folder: String, excluding: Set<String> = []) throws(FolderError) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw FolderError(description: "'\(folder)' is not a folder — give the folder that holds the rosters")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw FolderError(description: "cannot list '\(folder)' (\(error.localizedDescription)) — check that it is readable")
        }
        let excluded = Set(excluding.map { $0.lowercased() })
        return names.filter { name in
            guard !name.hasPrefix("."), !name.lowercased().hasSuffix(plansSuffix), !excluded.contains(name.lowercased()) else {
                return false
            }
            guard rosterExtensions.contains(URL(fileURLWithPath: name).pathExtension.lowercased()) else { return false }
            var isSubfolder: ObjCBool = false
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            return FileManager.default.fileExists(atPath: path, isDirectory: &isSubfolder) && !isSubfolder.boolValue
        }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
