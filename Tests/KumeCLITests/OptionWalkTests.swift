import Foundation
import Testing

/// Every option of every subcommand is either honoured (its run differs from a run without it: another
/// exit status, output or written file) or refused with exit status 2 — never silently ignored.
///
/// The walk reads each subcommand's options from `kume SUBCOMMAND --experimental-dump-help` and fails
/// for an option that has no row in ``OptionWalkTests/cases``: whoever adds an option adds a row.
@Suite("Every option is honoured or refused", .serialized)
struct OptionWalkTests {
    /// How an option is shown to matter.
    enum Effect: Sendable, CustomStringConvertible {
        /// `with` differs from `base` in exit status, standard output or the files written.
        case changes(base: [String], with: [String])
        /// The arguments exit with status 2.
        case refused([String])

        var description: String {
            switch self {
            case let .changes(base, with): "\(base.joined(separator: " ")) ≠ \(with.joined(separator: " "))"
            case let .refused(arguments): "refused: \(arguments.joined(separator: " "))"
            }
        }
    }

    static let subcommands = ["check", "geography", "batch", "detect", "synth", "rank", "related", "pattern"]
    /// Options every subcommand has from the argument parser itself.
    static let builtIn: Set = ["help", "version"]

    // Inputs, written by `Inputs.folder()` (file names relative to it).
    static let roster = "roster.csv", plans = "plans.csv", registry = "registry.csv", matrix = "matrix.csv"
    static let points = "points.csv", lonlat = "lonlat.csv", window = "window.csv", rosters = "rosters"
    static let outlier = "outlier.csv", call30 = "call30.json"
    static let rect = "0,3.3,0,2.1"

    /// The rows: "subcommand --option" → how it is shown to matter.
    static let cases: [String: Effect] = {
        let check = ["check", roster, "--no-boundaries"]
        let geography = ["geography", roster, "--no-boundaries"]
        let batch = ["batch", rosters, "-o", "out", "--no-boundaries"]
        let detect = ["detect", registry, "--sector", "29", "--no-boundaries", "--eps-km", "5", "--min-firms", "6",
                      "--min-candidate-firms", "4"]
        // Ten motor-vehicle firms within about 1 km and one 42 km east: with eps 50 km the far one joins the
        // cluster as a border point and is the hull's outlier.
        let outlying = ["detect", outlier, "--sector", "29", "--no-boundaries", "--eps-km", "50", "--min-firms", "3",
                        "--min-candidate-firms", "3", "--all", "--csv", "c.csv"]
        let retail = ["detect", registry, "--sector", "47", "--no-boundaries", "--eps-km", "5", "--min-firms", "6",
                      "--min-candidate-firms", "4"]
        let rank = ["rank", registry]
        let related = ["related", registry, "--sector", "29", "--top", "5"]
        let k = ["pattern", "k", points, "--r", "0:0.2:0.1"]
        let kd = ["pattern", "kd", points, "--mark", "mark", "--reference", "on", "--r", "0:0.2:0.1"]
        let kdSim = kd + ["--simulations", "19"]
        return [
            "check --sheet": .refused(check + ["--sheet", "1"]),
            "geography --sheet": .refused(geography + ["--sheet", "1"]),
            "detect --sheet": .refused(detect + ["--sheet", "1"]),
            "rank --sheet": .refused(rank + ["--sheet", "1"]),
            "related --sheet": .refused(related + ["--sheet", "1"]),
            // --sql reads a PG: source (PostgresRegistryCommandTests); with a file it is refused.
            "check --sql": .refused(check + ["--sql", "SELECT 1"]),
            "geography --sql": .refused(geography + ["--sql", "SELECT 1"]),
            "detect --sql": .refused(detect + ["--sql", "SELECT 1"]),
            "rank --sql": .refused(rank + ["--sql", "SELECT 1"]),
            "related --sql": .refused(related + ["--sql", "SELECT 1"]),
            "check --reference-sql": .refused(check + ["--reference", registry, "--reference-sql", "SELECT 1"]),
            // --layer-prefix and --overwrite name and replace PostGIS tables (PostgresOutputCommandTests); without a
            // PG: output they are refused.
            "check --layer-prefix": .refused(check + ["-o", "map.gpkg", "--layer-prefix", "x_"]),
            "check --overwrite": .refused(check + ["-o", "map.gpkg", "--overwrite"]),
            // --engine postgis clusters in a PG: registry's database (PostgresRegistryCommandTests); with a file it is refused.
            "detect --engine": .refused(detect + ["--engine", "postgis"]),
            "detect --layer-prefix": .refused(detect + ["-o", "c.gpkg", "--layer-prefix", "x_"]),
            "detect --overwrite": .refused(detect + ["--overwrite"]),
            "rank --layer-prefix": .refused(rank + ["--layer-prefix", "x_"]),
            "rank --overwrite": .refused(rank + ["--overwrite"]),
            "check --plans": .changes(base: check, with: check + ["--plans", plans]),
            "check --output": .changes(base: check, with: check + ["-o", "map.geojson"]),
            "check --report": .changes(base: check, with: check + ["--report", "json"]),
            "check --format": .changes(base: check, with: check + ["--format", "json"]),
            // name=district: the members are named by their district, so the report's sentences change.
            "check --columns": .changes(base: check, with: check + ["--columns", "name=district"]),
            "check --report-file": .changes(base: check, with: check + ["--report-file", "r.html"]),
            "check --reference": .changes(base: check, with: check + ["--reference", registry]),
            "check --kd-simulations": .changes(base: check + ["--reference", registry],
                                               with: check + ["--reference", registry, "--kd-simulations", "0"]),
            "check --seed": .changes(base: check + ["--reference", registry, "--report", "json"],
                                     with: check + ["--reference", registry, "--report", "json", "--seed", "5"]),
            "check --call": .changes(base: check, with: check + ["--call", "2023-4"]),
            "check --main-activity": .changes(base: check, with: check + ["--main-activity", "22"]),
            "check --applied-on": .changes(base: check, with: check + ["--applied-on", "2017-08-01"]),
            "check --lang": .changes(base: check, with: check + ["--lang", "tr"]),
            "check --geography": .refused(check + ["--geography", "provinces"]),
            "check --no-robustness": .changes(base: check + ["--report", "json"], with: check + ["--report", "json", "--no-robustness"]),
            "check --min-share": .changes(base: check, with: check + ["--min-share", "0.2"]),
            "check --concavity": .changes(base: check, with: check + ["--concavity", "1"]),
            "check --declared-geography": .changes(base: check, with: check + ["--declared-geography", "Bursa"]),
            "check --buffer-km": .changes(base: check, with: check + ["--buffer-km", "9"]),
            "check --keep-outliers": .changes(base: check + ["--report", "json"], with: check + ["--report", "json", "--keep-outliers"]),
            "check --boundaries": .refused(["check", roster, "--boundaries", "no-such-folder"]),
            "check --no-boundaries": .changes(base: ["check", roster, "--boundaries", "no-such-folder"], with: check),
            "geography --output": .changes(base: geography, with: geography + ["-o", "g.geojson"]),
            "geography --places-output": .changes(base: ["geography", roster], with: ["geography", roster, "--places-output", "p.geojson"]),
            "geography --geography": .refused(geography + ["--geography", "provinces"]),
            "geography --min-share": .refused(geography + ["--min-share", "0.2"]),
            "geography --concavity": .changes(base: geography, with: geography + ["--concavity", "1"]),
            // The declared area is drawn from the district polygons, which --no-boundaries turns off.
            "geography --declared-geography": .refused(geography + ["--declared-geography", "Bursa"]),
            "geography --buffer-km": .changes(base: geography, with: geography + ["--buffer-km", "9"]),
            "geography --keep-outliers": .changes(base: geography, with: geography + ["--keep-outliers"]),
            "geography --columns": .changes(base: geography, with: geography + ["--columns", "name=district"]),
            "geography --boundaries": .refused(["geography", roster, "--boundaries", "no-such-folder"]),
            "geography --no-boundaries": .changes(base: ["geography", roster, "--boundaries", "no-such-folder"], with: geography),
            "batch --output": .refused(["batch", rosters, "--no-boundaries"]),
            "batch --report": .changes(base: batch, with: batch + ["--report", "markdown"]),
            "batch --format": .changes(base: batch, with: batch + ["--format", "markdown"]),
            "batch --columns": .changes(base: batch + ["--format", "text"], with: batch + ["--format", "text", "--columns", "name=district"]),
            "batch --maps": .changes(base: batch, with: batch + ["--maps"]),
            "batch --call": .changes(base: batch, with: batch + ["--call", "2023-4"]),
            "batch --main-activity": .changes(base: batch, with: batch + ["--main-activity", "22"]),
            "batch --applied-on": .changes(base: batch, with: batch + ["--applied-on", "2017-08-01"]),
            "batch --lang": .changes(base: batch + ["--report", "text"], with: batch + ["--report", "text", "--lang", "tr"]),
            "batch --geography": .refused(batch + ["--geography", "provinces"]),
            "batch --min-share": .changes(base: batch + ["--report", "text"], with: batch + ["--report", "text", "--min-share", "0.05"]),
            "batch --concavity": .changes(base: batch, with: batch + ["--concavity", "1"]),
            // One application's declaration does not apply to a folder of applications.
            "batch --declared-geography": .refused(batch + ["--declared-geography", "Bursa"]),
            "batch --buffer-km": .changes(base: batch, with: batch + ["--buffer-km", "9"]),
            "batch --keep-outliers": .changes(base: batch, with: batch + ["--keep-outliers"]),
            "batch --boundaries": .refused(["batch", rosters, "-o", "out", "--boundaries", "no-such-folder"]),
            "batch --no-boundaries": .changes(base: ["batch", rosters, "-o", "out", "--boundaries", "no-such-folder"], with: batch),
            "detect --sector": .changes(base: detect, with: detect.map { $0 == "29" ? "31" : $0 }),
            "detect --level": .refused(["detect", registry, "--level", "tribe"]),
            "detect --method": .changes(base: ["detect", registry, "--sector", "29", "--no-boundaries"],
                                        with: ["detect", registry, "--sector", "29", "--no-boundaries", "--method", "hdbscan"]),
            "detect --eps-km": .changes(base: detect, with: detect.map { $0 == "5" ? "0.5" : $0 }),
            "detect --min-firms": .changes(base: detect, with: detect.map { $0 == "6" ? "40" : $0 }),
            "detect --min-cluster-size": .refused(detect + ["--min-cluster-size", "30"]),
            "detect --allow-single-cluster": .refused(detect + ["--allow-single-cluster"]),
            "detect --all": .changes(base: retail, with: retail + ["--all"]),
            "detect --min-candidate-firms": .changes(base: detect, with: detect.map { $0 == "4" ? "24" : $0 }),
            "detect --institutions": .changes(base: detect, with: detect + ["--institutions", roster]),
            "detect --near-km": .refused(detect + ["--near-km", "3"]),
            "detect --call": .changes(base: Array(detect.dropLast(2)), with: Array(detect.dropLast(2)) + ["--call", call30]),
            "detect --crs": .refused(detect + ["--crs", "EPSG:32636"]),
            "detect --output": .changes(base: detect, with: detect + ["-o", "c.geojson"]),
            "detect --with-firms": .refused(detect + ["--with-firms"]),
            "detect --csv": .changes(base: detect, with: detect + ["--csv", "c.csv"]),
            // nace=type: the NACE codes are read from the type column ("firm"), which is refused.
            "detect --columns": .changes(base: detect, with: detect + ["--columns", "nace=type"]),
            "detect --top": .changes(base: detect, with: detect + ["--top", "1"]),
            "detect --format": .changes(base: detect, with: detect + ["--format", "html"]),
            "detect --concavity": .changes(base: detect, with: detect + ["--concavity", "1"]),
            "detect --buffer-km": .changes(base: detect, with: detect + ["--buffer-km", "9"]),
            "detect --keep-outliers": .changes(base: outlying, with: outlying + ["--keep-outliers"]),
            "detect --boundaries": .refused(["detect", registry, "--sector", "29", "--boundaries", "no-such-folder"]),
            "detect --no-boundaries": .changes(base: ["detect", registry, "--sector", "29", "--boundaries", "no-such-folder"], with: detect),
            "synth --firms": .changes(base: ["synth", "-o", "s.csv", "--firms", "50"], with: ["synth", "-o", "s.csv", "--firms", "60"]),
            "synth --seed": .changes(base: ["synth", "-o", "s.csv", "--firms", "50"], with: ["synth", "-o", "s.csv", "--firms", "50", "--seed", "2"]),
            "synth --no-planted": .changes(base: ["synth", "-o", "s.csv", "--firms", "1000"], with: ["synth", "-o", "s.csv", "--firms", "1000", "--no-planted"]),
            "synth --output": .refused(["synth", "--firms", "50"]),
            "rank --matrix": .changes(base: ["rank", matrix], with: ["rank", "--matrix", matrix]),
            "rank --level": .changes(base: rank, with: rank + ["--level", "section"]),
            "rank --weight": .changes(base: rank, with: rank + ["--weight", "firms"]),
            "rank --measure": .changes(base: rank, with: rank + ["--measure", "Gini"]),
            "rank --plants": .refused(rank + ["--plants", matrix]),
            "rank --min-firms": .changes(base: rank, with: rank + ["--min-firms", "100"]),
            "rank --min-employment": .changes(base: rank + ["--measure", "lq"], with: rank + ["--measure", "lq", "--min-employment", "1000"]),
            "rank --format": .changes(base: rank, with: rank + ["--format", "csv"]),
            "rank --top": .changes(base: rank, with: rank + ["--top", "2"]),
            "rank --map": .refused(rank + ["--map", "m.geojson"]),
            "rank --sector": .changes(base: rank, with: rank + ["--sector", "29"]),
            "rank --boundaries": .refused(rank + ["--boundaries", "somewhere"]),
            "rank --no-boundaries": .refused(rank + ["--no-boundaries"]),
            "related --matrix": .changes(base: ["related", matrix], with: ["related", "--matrix", matrix]),
            "related --level": .changes(base: related, with: related.map { $0 == "29" ? "C" : $0 } + ["--level", "section"]),
            "related --weight": .changes(base: related + ["--method", "correlation"], with: related + ["--method", "correlation", "--weight", "firms"]),
            "related --method": .changes(base: related, with: related + ["--method", "cosine"]),
            "related --sector": .changes(base: ["related", registry], with: ["related", registry, "--sector", "29"]),
            "related --portfolio": .changes(base: ["related", registry], with: ["related", registry, "--portfolio", "29,28"]),
            "related --top": .changes(base: related, with: related.map { $0 == "5" ? "2" : $0 }),
            "related --format": .changes(base: related, with: related + ["--format", "json"]),
            "related --output": .changes(base: related, with: related + ["-o", "r.txt"]),
            "pattern --x": .changes(base: k, with: k + ["--x", "xs"]),
            "pattern --y": .changes(base: k, with: k + ["--y", "ys"]),
            "pattern --lonlat": .changes(base: ["pattern", "k", lonlat, "--x", "lon", "--y", "lat"],
                                         with: ["pattern", "k", lonlat, "--x", "lon", "--y", "lat", "--lonlat"]),
            "pattern --planar": .changes(base: ["pattern", "k", lonlat, "--x", "lon", "--y", "lat"],
                                         with: ["pattern", "k", lonlat, "--x", "lon", "--y", "lat", "--planar"]),
            "pattern --mark": .changes(base: k, with: k + ["--mark", "mark", "--reference", "on"]),
            "pattern --reference": .changes(base: kd, with: kd.map { $0 == "on" ? "off" : $0 }),
            "pattern --neighbor": .changes(base: kd, with: kd + ["--neighbor", "off"]),
            "pattern --weight": .changes(base: kd, with: kd + ["--weight", "w"]),
            "pattern --window-rect": .changes(base: k, with: k + ["--window-rect", rect]),
            "pattern --window": .changes(base: k, with: k + ["--window", window]),
            "pattern --r": .changes(base: k, with: k.map { $0 == "0:0.2:0.1" ? "0:0.2:0.05" : $0 }),
            "pattern --correction": .changes(base: k, with: k + ["--correction", "none"]),
            "pattern --simulations": .changes(base: kd, with: kdSim),
            "pattern --seed": .changes(base: kdSim, with: kdSim + ["--seed", "9"]),
            "pattern --global": .changes(base: kdSim, with: kdSim + ["--global"]),
            "pattern --alpha": .changes(base: kdSim, with: kdSim + ["--alpha", "0.2"]),
            "pattern --plot": .changes(base: kd, with: kd + ["--plot", "kd.svg"]),
            "pattern --output": .changes(base: k, with: k + ["-o", "k.csv"]),
        ]
    }()

    /// The long options of a subcommand, from the argument parser's own description of it.
    static func options(of subcommand: String) throws -> [String] {
        let result = try KumeExecutable.run([subcommand, "--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let command = try #require(json["command"] as? [String: Any])
        let arguments = command["arguments"] as? [[String: Any]] ?? []
        return arguments.filter { ($0["kind"] as? String) != "positional" }.compactMap { argument in
            (argument["names"] as? [[String: Any]])?.first { ($0["kind"] as? String) == "long" }?["name"] as? String
        }.filter { !builtIn.contains($0) }
    }

    @Test("Every option of every subcommand has a row in the table")
    func everyOptionHasARow() throws {
        for subcommand in Self.subcommands {
            for option in try Self.options(of: subcommand) {
                #expect(Self.cases["\(subcommand) --\(option)"] != nil,
                        "kume \(subcommand) --\(option) has no row: add how it is honoured or refused to OptionWalkTests.cases")
            }
        }
    }

    @Test("Each option is honoured or refused", arguments: subcommands)
    func walk(subcommand: String) throws {
        let folder = try Inputs.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for option in try Self.options(of: subcommand) {
            guard let effect = Self.cases["\(subcommand) --\(option)"] else { continue }
            switch effect {
            case let .refused(arguments):
                let result = try KumeExecutable.run(arguments, in: folder)
                #expect(result.status == 2, "\(subcommand) --\(option): \(effect) exited \(result.status): \(result.standardError)")
            case let .changes(base, with):
                let a = try Self.outcome(base, in: folder), b = try Self.outcome(with, in: folder)
                #expect(a != b, "\(subcommand) --\(option) changed nothing: \(effect)")
            }
        }
    }

    /// Exit status, standard output and the files a run writes (in a fresh subfolder), as one string.
    static func outcome(_ arguments: [String], in folder: URL) throws -> String {
        let run = folder.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: run) }
        let relative = arguments.map { ["roster.csv", "plans.csv", "registry.csv", "matrix.csv", "points.csv",
                                        "lonlat.csv", "window.csv", "rosters", "outlier.csv", "call30.json"].contains($0) ? "../\($0)" : $0 }
        let result = try KumeExecutable.run(relative, in: run)
        var files: [String] = []
        if let walker = FileManager.default.enumerator(atPath: run.path) {
            for case let path as String in walker {
                let data = (try? Data(contentsOf: run.appendingPathComponent(path))) ?? Data()
                // Data's hashValue reads only a prefix of the bytes; the whole content is compared.
                files.append("\(path):\(data.count):\(data.base64EncodedString())")
            }
        }
        return "\(result.status)\n\(result.standardOutput)\n\(files.sorted().joined(separator: "\n"))"
    }

    /// The input files the rows name.
    enum Inputs {
        static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/examples")

        static func folder() throws -> URL {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kume-options-\(UUID())")
            let manager = FileManager.default
            try manager.createDirectory(at: folder.appendingPathComponent(rosters), withIntermediateDirectories: true)
            try manager.copyItem(at: examples.appendingPathComponent("bursa-automotive.csv"), to: folder.appendingPathComponent(roster))
            try manager.copyItem(at: examples.appendingPathComponent("bursa-automotive-plans.csv"), to: folder.appendingPathComponent(plans))
            for name in ["bursa-automotive.csv", "kayseri-furniture-19-committed.csv"] {
                try manager.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent("\(rosters)/\(name)"))
            }
            try manager.copyItem(at: PatternTests.fixtures.appendingPathComponent("econgeo/econgeo_input_matrix_12x15_long.csv"),
                                 to: folder.appendingPathComponent(matrix))
            let synth = try KumeExecutable.run(["synth", "--firms", "4000", "--seed", "3", "-o", registry], in: folder)
            try #require(synth.status == 0)
            // amacrine with doubled coordinates (xs, ys) and a weight column; the same points as lon/lat.
            let text = try String(contentsOf: PatternTests.fixtures.appendingPathComponent("spatstat/spatstat_amacrine_points.csv"), encoding: .utf8)
            var csv = "x,y,xs,ys,mark,w\n", lonLat = "lon,lat\n"
            for (k, line) in text.split(separator: "\n").dropFirst().enumerated() {
                let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                guard let x = Double(fields[0]), let y = Double(fields[1]) else { continue }
                csv += "\(x),\(y),\(2 * x),\(2 * y),\(fields[2]),\(1 + k % 7)\n"
                lonLat += "\(29 + x / 10),\(40 + y / 10)\n"
            }
            try csv.write(to: folder.appendingPathComponent(points), atomically: true, encoding: .utf8)
            try lonLat.write(to: folder.appendingPathComponent(lonlat), atomically: true, encoding: .utf8)
            try "x,y\n0,0\n3.3,0\n3.3,2.1\n0,2.1\n".write(to: folder.appendingPathComponent(window), atomically: true, encoding: .utf8)
            var firms = "id,name,nace,lat,lon\n"
            for k in 0..<10 { firms += "M\(k),Motor \(k),29.10,\(40.2 + 0.001 * Double(k % 3)),\(29.0 + 0.001 * Double(k))\n" }
            firms += "M10,Motor far,29.10,40.2,29.5\n"
            for k in 0..<40 { firms += "O\(k),Other \(k),47.11,\(40.0 + 0.01 * Double(k % 7)),\(28.8 + 0.02 * Double(k))\n" }
            try firms.write(to: folder.appendingPathComponent(outlier), atomically: true, encoding: .utf8)
            let call = try String(contentsOf: examples.deletingLastPathComponent().appendingPathComponent("calls/2017-3.json"), encoding: .utf8)
            try call.replacingOccurrences(of: "\"minimum_committed_firms\": 20", with: "\"minimum_committed_firms\": 30")
                .write(to: folder.appendingPathComponent(call30), atomically: true, encoding: .utf8)
            return folder
        }
    }
}
