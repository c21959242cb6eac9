import Foundation
import Kume

/// How `kume batch` sorts a folder's files: rosters to check, business-plans files paired with them, and
/// files it skips, each with the reason.
///
/// One rule pairs plans with rosters: `STEM-plans.csv` (the suffix in any case) holds the business plans of
/// the rosters whose name without its extension is `STEM`, compared ignoring case (`Upper-Plans.csv` goes
/// with `upper.csv`, and with `upper.geojson` too: one application in two formats). A `-plans.csv` file with no such roster is a roster itself when its header is not a
/// plans header (`plan`, `item`, `cost`, `support`), and is listed as unpaired when it is.
struct BatchFolder {
    /// A roster to check, with its plans file when it has one.
    struct Roster {
        var name: String
        var plans: String?
    }

    /// A file that is not checked, and why.
    struct Skipped {
        var name: String
        var reason: String
    }

    /// The rosters, in bytewise name order.
    private(set) var rosters: [Roster] = []
    /// The plans files paired with a roster.
    private(set) var pairedPlans: [(plans: String, roster: String)] = []
    /// The files not checked: not a roster format, hidden, a folder, unpaired plans.
    private(set) var skipped: [Skipped] = []
    /// How many entries the folder has.
    private(set) var fileCount = 0

    /// The suffix of a business-plans file, compared ignoring case.
    static let plansSuffix = "-plans.csv"

    /// The extensions read as rosters: text tables, and workbooks and GIS layers (read through GDAL).
    static let rosterExtensions: Set<String> = ["csv", "tsv", "txt", "geojson", "json", "xlsx", "ods", "gpkg", "shp", "fgb"]

    /// The files a Shapefile's `.shp` is read with, which are not rosters of their own.
    static let shapefileParts: Set<String> = ["dbf", "shx", "prj", "cpg", "qmd", "sbn", "sbx"]

    /// Sorts the entries of `folder`.
    /// - Throws: when the folder cannot be listed.
    init(folder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        fileCount = names.count
        var candidates: [String] = []
        var plansFiles: [String] = []
        for name in names {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let ext = URL(fileURLWithPath: name).pathExtension.lowercased()
            if name.hasPrefix(".") {
                skipped.append(Skipped(name: name, reason: "hidden file"))
            } else if isFolder.boolValue {
                skipped.append(Skipped(name: name, reason: "a folder (batch reads one folder, not its subfolders)"))
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
        rosters = candidates.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { Roster(name: $0, plans: plansOf[$0]) }
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
