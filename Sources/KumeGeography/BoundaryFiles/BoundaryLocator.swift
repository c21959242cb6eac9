import Foundation
import KumeData

/// Finds the folder holding Türkiye's district polygons (`tur_polbna_adm2.shp` and its companions).
///
/// The polygons are not shipped with kume (their source allows humanitarian use only); they are
/// fetched at set-up time by `scripts/fetch-boundaries`. Places are tried in this order:
/// 1. the folder given explicitly (`--boundaries DIR`);
/// 2. the environment variable `KUME_BOUNDARIES`;
/// 3. `boundaries/` in the current directory;
/// 4. `boundaries/` in the executable's folder or any folder above it (the repository the executable was
///    built in).
/// An explicit folder or `KUME_BOUNDARIES` that lacks the files is an error, not skipped.
package struct BoundaryLocator: Sendable {
    /// The file whose presence marks a boundary folder.
    package static let markerFile = DistrictFile.Detail.full.stem + ".shp"
    /// The environment variable naming the boundary folder.
    package static let environmentVariable = "KUME_BOUNDARIES"

    /// The folder given on the command line, if any.
    package var explicitDirectory: String?
    /// The environment to read `KUME_BOUNDARIES` from.
    package var environment: [String: String]
    /// The current directory.
    package var currentDirectory: String
    /// The running executable's path, if known.
    package var executablePath: String?

    /// Creates a locator; the defaults are the running process's environment, current directory and
    /// executable.
    package init(
        explicitDirectory: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executablePath: String? = BoundaryLocator.runningExecutablePath()
    ) {
        self.explicitDirectory = explicitDirectory
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
    }

    /// The path of the running executable (`/proc/self/exe` resolved), or the first command-line argument.
    package static func runningExecutablePath() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return CommandLine.arguments.first
    }

    /// The folder holding the boundary files.
    ///
    /// - Returns: an absolute or relative folder path that contains `markerFile`.
    /// - Throws: `BoundaryError.notFound` listing every place tried, with the remedy
    ///   ("run scripts/fetch-boundaries").
    package func locate() throws(BoundaryError) -> String {
        if let explicit = explicitDirectory {
            guard Self.holdsBoundaries(explicit) else { throw .notFound(searched: ["\(Setting.boundaries.words) \(explicit)"]) }
            return explicit
        }
        if let fromEnvironment = environment[Self.environmentVariable], !fromEnvironment.isEmpty {
            guard Self.holdsBoundaries(fromEnvironment) else {
                throw .notFound(searched: ["\(Self.environmentVariable)=\(fromEnvironment)"])
            }
            return fromEnvironment
        }
        var searched: [String] = []
        let local = (currentDirectory as NSString).appendingPathComponent("boundaries")
        if Self.holdsBoundaries(local) { return local }
        searched.append(local)
        if let executable = executablePath {
            var folder = ((executable as NSString).standardizingPath as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                let candidate = (folder as NSString).appendingPathComponent("boundaries")
                if Self.holdsBoundaries(candidate) { return candidate }
                let parent = (folder as NSString).deletingLastPathComponent
                if parent == folder { break }
                folder = parent
            }
            searched.append("boundaries/ in the folders above \(executable)")
        }
        throw .notFound(searched: searched)
    }

    /// Whether `directory` holds the district shapefile.
    static func holdsBoundaries(_ directory: String) -> Bool {
        FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(markerFile))
    }
}
