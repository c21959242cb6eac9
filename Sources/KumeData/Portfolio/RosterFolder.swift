import Foundation

/// The files of a folder of rosters, sorted into rosters to check, business-plans files paired with them, and
/// files that are not rosters, each with the reason. `kume batch` and the portfolio read folders through it.
///
/// One rule pairs plans with rosters: `STEM-plans.csv` (the suffix in any case) holds the business plans of
/// the rosters whose name without its extension is `STEM`, compared ignoring case (`Upper-Plans.csv` goes
/// with `upper.csv`, and with `upper.geojson` too: one application in two formats). A `-plans.csv` file with
/// no such roster is a roster itself when its header is not a plans header (`plan`, `item`, `cost`,
/// `support`), and is listed as unpaired when it is.
package struct RosterFolder: Sendable {
    /// A roster to check, with its plans file when it has one.
    package struct Roster: Sendable, Equatable {
        /// The roster's file name (not its path).
        package var name: String
        /// The file name of its business plans, when the folder has them.
        package var plans: String?
    }

    /// A file that is not a roster, and why.
    package struct Skipped: Sendable, Equatable {
        /// The file name.
        package var name: String
        /// Why it is not read as a roster.
        package var reason: String
    }

    /// The problem with the folder itself.
    package struct FolderError: Error, Sendable, CustomStringConvertible {
        /// What is wrong and what to do.
        package var description: String
    }

    /// The rosters, in bytewise name order (the same order on every machine).
    package private(set) var rosters: [Roster] = []
    /// The plans files paired with a roster (the rosters of one stem joined by a space).
    package private(set) var pairedPlans: [(plans: String, roster: String)] = []
    /// The files not read as rosters: not a roster format, hidden, a folder, unpaired plans, excluded.
    package private(set) var skipped: [Skipped] = []
    /// How many entries the folder has.
    package private(set) var fileCount = 0

    /// The suffix of a business-plans file (`NAME-plans.csv`), compared ignoring case.
    package static let plansSuffix = "-plans.csv"

    /// The extensions read as rosters: text tables and GeoJSON, workbooks, and GIS layers (a Shapefile by
    /// its `.shp`; its `.dbf`, `.shx`, `.prj` and `.cpg` are read with it, not as rosters).
    package static let rosterExtensions: Set<String> = ["csv", "tsv", "txt", "geojson", "json", "xlsx", "ods", "gpkg", "shp", "fgb"]

    /// The files a Shapefile's `.shp` is read with, which are not rosters of their own.
    static let shapefileParts: Set<String> = ["dbf", "shx", "prj", "cpg", "qmd", "sbn", "sbx"]

    /// Sorts the entries of `folder`.
    /// - Parameters:
    ///   - folder: The folder.
    ///   - excluding: File names in the folder that are not rosters (a monitoring table, a decisions table),
    ///     compared ignoring case; they are listed as skipped.
    /// - Throws: ``FolderError`` when `folder` is not a readable folder.
    package init(folder: String, excluding: Set<String> = []) throws(FolderError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw FolderError(description: "'\(folder)' is not a folder — give the folder that holds the rosters")
        }
        let listed: [String]
        do {
            listed = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw FolderError(description: "cannot list '\(folder)' (\(error.localizedDescription)) — check that it is readable")
        }
        let names = listed.sorted(by: Self.bytewise)
        let excluded = Set(excluding.map { $0.lowercased() })
        fileCount = names.count
        var candidates: [String] = []
        var plansFiles: [String] = []
        for name in names {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            var isSubfolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isSubfolder)
            let ext = URL(fileURLWithPath: name).pathExtension.lowercased()
            if name.hasPrefix(".") {
                skipped.append(Skipped(name: name, reason: "hidden file"))
            } else if isSubfolder.boolValue {
                skipped.append(Skipped(name: name, reason: "a folder (one folder is read, not its subfolders)"))
            } else if excluded.contains(name.lowercased()) {
                skipped.append(Skipped(name: name, reason: "not a roster (read as a table of its own)"))
            } else if name.lowercased().hasSuffix(Self.plansSuffix) {
                plansFiles.append(name)
            } else if Self.rosterExtensions.contains(ext) {
                candidates.append(name)
            } else if Self.shapefileParts.contains(ext), let shp = Self.shapefile(of: name, among: names) {
                skipped.append(Skipped(name: name, reason: "part of the Shapefile \(shp), read with it"))
            } else {
                skipped.append(Skipped(name: name, reason: "not a roster file (.\(ext.isEmpty ? "no extension" : ext); rosters are \(Self.rosterExtensions.sorted().map { "." + $0 }.joined(separator: ", ")))"))
            }
        }
        var rostersByStem: [String: [String]] = [:]
        for name in candidates {
            rostersByStem[URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent.lowercased(), default: []].append(name)
        }
        var plansOf: [String: String] = [:]
        for plans in plansFiles {
            let stem = String(plans.dropLast(Self.plansSuffix.count)).lowercased()
            let matches = rostersByStem[stem] ?? []
            if !matches.isEmpty {
                // Rosters of one stem are one application in several formats (NAME.csv, NAME.geojson).
                for roster in matches { plansOf[roster] = plans }
                pairedPlans.append((plans, matches.joined(separator: " ")))
            } else if Self.looksLikePlans(URL(fileURLWithPath: folder).appendingPathComponent(plans).path) {
                skipped.append(Skipped(name: plans, reason: "plans file not paired: no roster named \(plans.dropLast(Self.plansSuffix.count)).csv (or another roster extension) in the folder"))
            } else {
                candidates.append(plans)
            }
        }
        rosters = candidates.sorted(by: Self.bytewise).map { Roster(name: $0, plans: plansOf[$0]) }
    }

    /// The roster files of `folder` (``rosters``' names), sorted bytewise.
    /// - Throws: ``FolderError`` when `folder` is not a readable folder.
    package static func files(in folder: String, excluding: Set<String> = []) throws(FolderError) -> [String] {
        try RosterFolder(folder: folder, excluding: excluding).rosters.map(\.name)
    }

    /// Bytewise order of names: the same on every machine, whatever its locale.
    static func bytewise(_ a: String, _ b: String) -> Bool {
        Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
    }

    /// The `.shp` among `names` that `name` (a `.dbf`, `.shx`, …) belongs to: the same name before the
    /// extension, as GDAL pairs them.
    static func shapefile(of name: String, among names: [String]) -> String? {
        let stem = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        return names.first { URL(fileURLWithPath: $0).pathExtension.lowercased() == "shp"
            && URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent == stem }
    }

    /// Whether a file's header names the plans columns (plan, item, cost, support).
    static func looksLikePlans(_ path: String) -> Bool {
        guard let text = try? InputFile.text(path, kind: "plans file", format: "CSV") else { return false }
        // The header alone parses as an empty plans table exactly when it names the plans columns.
        return (try? PlanTable.parse(text: String(text.prefix { $0 != "\n" && $0 != "\r" }), file: path)) != nil
    }
}
