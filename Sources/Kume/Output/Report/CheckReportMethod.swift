import Foundation
import KumeData
import KumeGeography

/// The "Method and reproduction" section of a check's report: how the geography was drawn and with what
/// parameters, the projection, the call and its file, the places, the inputs with their SHA-256, the command,
/// kume's, GEOS's and PROJ's versions, and the data sources with their licences.
struct CheckReportMethod {
    var outcome: ClusterCheck.Outcome
    var provenance: ReportProvenance
    var boundaries: Bool
    var language: VerdictReport.Language

    func words(_ english: String, _ turkish: String) -> String { ReportParts.words(language, english, turkish) }

    /// An input file's role in the page's language (`roster` → `üye listesi`).
    func roleName(_ role: String) -> String {
        switch role {
        case "roster": words("Roster", "Üye listesi")
        case "plans": words("Business plans", "İş planları")
        case "reference registry": words("Reference registry", "Referans kayıt")
        case "call": words("Call file", "Çağrı dosyası")
        default: role
        }
    }

    func section() -> HTMLNode {
        let verdict = outcome.verdict
        var items: [(term: String, value: HTMLNode)] = []
        let call = verdict.call
        items.append((words("Call", "Çağrı"), .element("span", [
            ReportParts.code(call.id), .text(" " + (language == .turkish ? call.titleTR : call.title) + " — "),
            .text(words("rules from ", "kurallar: ")), ReportParts.code(call.source),
        ])))
        if let geography = outcome.geography {
            items.append((words("Economic geography", "Ekonomik coğrafya"), .text(words(
                "method \(geography.method); built from \(geography.firmsUsed.count) firms' points; area ",
                "yöntem \(geography.method); \(geography.firmsUsed.count) firmanın noktasından; alan ")
                + ReportParts.number(geography.areaSquareKilometres, digits: 2, language) + " km²")))
            items.append((words("Parameters", "Parametreler"), .element("ul", geography.parameters.map { parameter in
                .element("li", [ReportParts.code(parameter.name),
                                .text(" = " + VerdictReport.parameterText(parameter.value, language))])
            })))
            items.append((words("Projection (PROJ)", "İzdüşüm (PROJ)"), ReportParts.code(geography.projection)))
        }
        if let places = outcome.places {
            let how = switch places.method {
            case .boundaries: words("intersections with the district polygons", "ilçe sınırlarıyla kesişimler")
            case .districtPoints: words("district interior points (the district polygons were not used)",
                                        "ilçe iç noktaları (ilçe sınırları kullanılmadı)")
            }
            items.append((words("Provinces and districts", "İller ve ilçeler"), .text(how)))
        }
        for input in provenance.inputs {
            items.append((roleName(input.role), .element("span", [ReportParts.code(input.path)] + (input.sha256.map {
                [.element("br"), .text("SHA-256 "), .element("code", ["data-value": "sha256"], text: $0)]
            } ?? []))))
        }
        if let folder = provenance.boundariesSource {
            items.append((words("District polygons", "İlçe sınırları"), ReportParts.code(folder)))
        }
        items.append((words("Command", "Komut"), .element("code", ["data-value": "command"], text: provenance.command)))
        items.append((words("Versions", "Sürümler"), .text(
            "kume \(provenance.kumeVersion) · GEOS \(provenance.geosVersion) · PROJ \(provenance.projVersion)")))
        items.append((words("Data sources", "Veri kaynakları"), .element("ul", ReportProvenance.dataSources(
            language, boundaries: boundaries).map { .element("li", text: $0) })))
        let print = words(
            "To print to PDF: open the page in a browser and print on A4, or run chromium --headless --no-pdf-header-footer --print-to-pdf=report.pdf report.html",
            "PDF'e yazdırmak için: sayfayı bir tarayıcıda açıp A4'e yazdırın ya da chromium --headless --no-pdf-header-footer --print-to-pdf=rapor.pdf rapor.html komutunu çalıştırın")
        return ReportParts.section(role: "method", heading: words("Method and reproduction", "Yöntem ve yeniden üretim"), [
            ReportParts.definitions(role: "method", items),
            .element("p", ["class": "muted no-print"], text: print),
        ])
    }
}
