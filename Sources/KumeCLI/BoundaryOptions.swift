import ArgumentParser
import Foundation
import Kume

/// Where the district polygons come from, shared by the commands that report places.
struct BoundaryOptions: ParsableArguments {
    @Option(help: "Folder with Türkiye's district polygons (default: $KUME_BOUNDARIES, ./boundaries, or beside kume; fetch them with scripts/fetch-boundaries).")
    var boundaries: String?

    @Flag(help: "Do not use the district polygons: find provinces and districts from district points.")
    var noBoundaries = false

    func validate() throws {
        if boundaries != nil, noBoundaries { throw ValidationError("give --boundaries DIR or --no-boundaries, not both") }
    }

    /// The folder the district polygons are read from, or nil when they are not used.
    var loadedFrom: String? {
        noBoundaries ? nil : try? BoundaryLocator(explicitDirectory: boundaries).locate()
    }

    /// The districts (with the provinces' unions only when `provinces`: they take seconds), or `nil` when they are not installed and not asked for by name
    /// (a note on standard error says how to get them).
    /// - Throws: ``BoundaryError`` when `--boundaries DIR` does not hold them or they are corrupt.
    func load(provinces: Bool = false) throws -> AdministrativeBoundaries? {
        if noBoundaries { return nil }
        let directory: String
        do {
            directory = try BoundaryLocator(explicitDirectory: boundaries).locate()
        } catch {
            if boundaries != nil { throw error }
            StandardError.line("kume: no district polygons found (run scripts/fetch-boundaries); places come from district points")
            return nil
        }
        return provinces
            ? try AdministrativeBoundaries.load(directory: directory)
            : try AdministrativeBoundaries.loadDistricts(directory: directory)
    }
}
