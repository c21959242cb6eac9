import Foundation
import KumeData

/// A portfolio on disk: a folder with one roster per cluster and, usually, `monitoring.csv`.
package enum PortfolioFolder {
    /// The monitoring table's name inside the folder.
    package static let monitoringFileName = "monitoring.csv"

    /// A portfolio as read: its clusters and its monitoring table.
    package struct Contents: Sendable {
        /// The clusters, in name order.
        package var clusters: [PortfolioCluster]
        /// The monitoring table, when one was given or found.
        package var monitoring: MonitoringTable?
    }

    /// Reads the clusters of `folder` and the monitoring table at `monitoring` together (the table in a
    /// child task beside the rosters').
    /// - Throws: as ``clusters(in:excluding:)`` (first), then ``InputError`` for the monitoring table.
    package static func read(folder: String, excluding: Set<String> = [], monitoring: String?) async throws -> Contents {
        async let table = monitoring.map { path throws(InputError) in try MonitoringTableReader.read(path: path) }
        let clusters = try await clusters(in: folder, excluding: excluding)
        return Contents(clusters: clusters, monitoring: try await table)
    }

    /// The clusters of `folder`, named by their roster files without the extension, in name order.
    ///
    /// Rosters are read in parallel child tasks (at most one per core at a time); every roster's problems
    /// are reported together.
    /// - Parameters:
    ///   - folder: The folder.
    ///   - excluding: File names in the folder that are not rosters; `monitoring.csv` is never one.
    ///   Rosters may be in any format ``RosterReader`` reads (``RosterFolder/rosterExtensions``).
    /// - Throws: ``RosterFolder/FolderError``; ``PortfolioError`` without rosters or with two rosters of
    ///   one cluster; ``InputError`` listing the rosters' problems (up to 50).
    package static func clusters(in folder: String, excluding: Set<String> = []) async throws -> [PortfolioCluster] {
        let names = try RosterFolder.files(in: folder, excluding: excluding.union([monitoringFileName]))
        guard !names.isEmpty else {
            throw PortfolioError(
                problem: "'\(folder)' holds no roster (\(RosterFolder.rosterExtensions.sorted().map { "." + $0 }.joined(separator: ", ")) besides \(monitoringFileName))",
                remedy: "give the folder with one roster per cluster")
        }
        var fileOfCluster: [String: String] = [:]
        for name in names {
            let cluster = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
            if let first = fileOfCluster[cluster] {
                throw PortfolioError(problem: "\(first) and \(name) are both rosters of the cluster '\(cluster)'",
                                     remedy: "keep one roster per cluster in the folder")
            }
            fileOfCluster[cluster] = name
        }
        // Paths as the user wrote the folder, so problems and warnings name the files as they were given.
        let paths = names.map { (folder.hasSuffix("/") ? folder : folder + "/") + $0 }
        let results = await read(paths)
        var clusters: [PortfolioCluster] = []
        var issues: [InputIssue] = []
        var omitted = 0
        for (name, result) in zip(names, results) {
            switch result {
            case .success(let roster):
                clusters.append(PortfolioCluster(
                    name: URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent, roster: roster))
            case .failure(let error):
                let room = max(0, 50 - issues.count)
                issues += error.issues.prefix(room)
                omitted += max(0, error.issues.count - room) + error.omitted
            }
        }
        if !issues.isEmpty { throw InputError(issues: issues, omitted: omitted) }
        return clusters
    }

    /// Reads the rosters, at most one per core at a time; results in the order of `paths`.
    private static func read(_ paths: [String]) async -> [Result<Roster, InputError>] {
        await ParallelJobs.map(count: paths.count, workers: ProcessInfo.processInfo.activeProcessorCount) { position in
            do throws(InputError) {
                return .success(try RosterReader.read(path: paths[position]))
            } catch {
                return .failure(error)
            }
        }
    }
}
