import Foundation
import KumeData

/// The `index.html` of `kume batch --format html`: the summary table of every roster checked — eligible or not,
/// whether that holds under every reading of the geography, each check's status — each roster's name linking to its own page, and rosters that could not be read with
/// their error. Self-contained and printable like every kume page.
package struct BatchIndexPage: Sendable {
    /// One file of the batch.
    package struct Row: Sendable {
        /// The roster's file name.
        package var file: String
        /// The roster's page, relative to the index (`NAME.html`); nil when none was written.
        package var page: String?
        /// Eligible or not; nil when the roster could not be checked.
        package var eligible: Bool?
        /// Each check's status.
        package var statuses: [CheckID: CheckStatus]
        /// Whether the verdict holds under every reading of the geography; nil when robustness was not assessed
        /// (or the roster could not be checked).
        package var robust: Bool?
        /// The error of a roster that could not be checked, or why a file was left out.
        package var note: String?

        package init(file: String, page: String?, eligible: Bool?, statuses: [CheckID: CheckStatus] = [:],
                    robust: Bool? = nil, note: String? = nil) {
            self.file = file
            self.page = page
            self.eligible = eligible
            self.statuses = statuses
            self.robust = robust
            self.note = note
        }
    }

    package var rows: [Row]
    /// The folder of rosters as the user gave it.
    package var folder: String
    /// The call's id and title.
    package var call: Call
    package var provenance: ReportProvenance
    package var language: VerdictReport.Language

    package init(rows: [Row], folder: String, call: Call, provenance: ReportProvenance,
                language: VerdictReport.Language = .english) {
        self.rows = rows
        self.folder = folder
        self.call = call
        self.provenance = provenance
        self.language = language
    }

    func words(_ english: String, _ turkish: String) -> String { ReportParts.words(language, english, turkish) }

    /// The page.
    package func document() -> HTMLDocument {
        let eligible = rows.filter { $0.eligible == true }.count
        let notEligible = rows.filter { $0.eligible == false }.count
        let bad = rows.filter { $0.eligible == nil }.count
        let title = words("Eligibility of \(rows.count) rosters", "\(rows.count) üye listesinin uygunluğu")
        let summary = words("\(eligible) eligible, \(notEligible) not eligible, \(bad) bad input",
                            "\(eligible) uygun, \(notEligible) uygun değil, \(bad) hatalı girdi")
        let checkColumns = CheckID.allCases.map { ReportParts.Column(VerdictReport.label($0, language)) }
        let tableRows = rows.map { row -> [HTMLNode] in
            let name: HTMLNode = row.page.map { page in
                .element("a", ["href": page.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? page],
                         text: row.file)
            } ?? .text(row.file)
            let verdict: HTMLNode = row.eligible.map {
                .element("span", ["class": "status \($0 ? "pass" : "fail")", "data-eligible": $0 ? "true" : "false"],
                         text: VerdictReport.verdictWord($0, language))
            } ?? .element("span", ["class": "status unknown", "data-eligible": "bad-input"],
                          text: words("bad input", "hatalı girdi"))
            let statuses: [HTMLNode] = CheckID.allCases.map { id in
                row.statuses[id].map { ReportParts.status($0, language) } ?? .text("–")
            }
            let robust: HTMLNode = switch (row.eligible, row.robust) {
            case (nil, _): .text("")
            case (_, true?): .element("span", ["data-robust": "true"], text: words("robust", "sağlam"))
            case (_, false?): .element("span", ["data-robust": "false"], text: words("depends on the reading", "okumaya bağlı"))
            case (_, nil): .element("span", ["data-robust": "not-assessed"], text: "–")
            }
            return [name, verdict, robust] + statuses + [.text(row.note ?? "")]
        }
        let table = ReportParts.table(
            role: "batch", caption: summary,
            columns: [.init(words("Roster", "Üye listesi")), .init(words("Verdict", "Karar")),
                      .init(words("Robust", "Sağlam"))] + checkColumns
                + [.init(words("Note", "Not"))],
            rows: tableRows, rowIDs: rows.map(\.file))
        let method = ReportParts.definitions(role: "method", [
            (words("Call", "Çağrı"), .element("span", [ReportParts.code(call.id),
                                                       .text(" " + (language == .turkish ? call.titleTR : call.title))])),
            (words("Folder", "Klasör"), ReportParts.code(folder)),
            (words("Command", "Komut"), .element("code", ["data-value": "command"], text: provenance.command)),
            (words("Versions", "Sürümler"), .text(
                "kume \(provenance.kumeVersion) · GEOS \(provenance.geosVersion) · PROJ \(provenance.projVersion)")),
        ])
        return HTMLDocument(language: language.rawValue, title: title, summary: summary, body: [
            .element("main", [
                .element("h1", text: title),
                .element("p", ["class": "muted"], text: words(
                    "Each roster's name opens its report, with the map, the evidence and the inputs' SHA-256.",
                    "Her üye listesinin adı, haritası, kanıtları ve girdilerin SHA-256 özetiyle raporunu açar.")),
                table,
                ReportParts.section(role: "method", heading: words("How these were checked", "Nasıl denetlendi"),
                                    [method]),
            ]),
        ])
    }
}
