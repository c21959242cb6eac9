import Foundation
import KumeAnalytics
import KumeData

extension CheckReportPage {
    /// With `--reference`: the registry's firms inside the geography, the main activity's LQ, and the Kd curve
    /// with its envelope as a chart.
    func referenceSection(_ reference: ReferenceConcentration) -> HTMLNode {
        let turkish = language == .turkish
        var items: [(term: String, value: HTMLNode)] = [
            (words("Registry", "Kayıt"), ReportParts.code(reference.source)),
            (words("Firms inside the geography", "Coğrafyadaki firmalar"),
             .text(words("\(reference.firmsInside), \(reference.mainActivityFirmsInside) of them in the main activity "
                         + "(\(reference.mainActivityFirms) of the registry's \(reference.firms))",
                         "\(reference.firmsInside), ana faaliyette \(reference.mainActivityFirmsInside) "
                         + "(kayıtta \(reference.firms) firmanın \(reference.mainActivityFirms) tanesi)"))),
            (words("Location quotient (LQ)", "Yığınlaşma katsayısı (LQ)"),
             .element("span", ["data-value": "lq"], text: reference.locationQuotient.map {
                 NumberText.decimal(Decimal($0), digits: 2, turkish: turkish, group: false)
             } ?? "–")),
        ]
        var content: [HTMLNode] = []
        if let kd = reference.kd {
            items.append(("Kd", .text(VerdictReport.kdSentence(kd, language))))
        }
        content.append(ReportParts.definitions(role: "reference", items))
        if let kd = reference.kd, case .measured(let measurement) = kd.outcome {
            let plot = KdPlot(envelope: measurement.envelope, kind: .global,
                              title: words("Kd of the main activity inside the geography",
                                           "Ana faaliyetin coğrafya içindeki Kd'si"),
                              language: language)
            content.append(.element("figure", ["data-figure": "kd"], [
                .svg(plot.markup()),
                .element("figcaption", text: words(
                    "Above the band: the main activity's firms are closer to each other at that distance than random labellings of the registry's firms inside the geography would make them.",
                    "Bandın üstü: ana faaliyetin firmaları o uzaklıkta, coğrafyadaki kayıtlı firmaların rastgele etiketlenmesinin vereceğinden birbirine daha yakın.")),
            ]))
        }
        content.append(.element("p", ["class": "muted"], text: words(
            "Evidence only: the LQ and Kd never change eligibility.",
            "Yalnızca kanıt: LQ ve Kd uygunluğu değiştirmez.")))
        return ReportParts.section(role: "reference",
                                   heading: words("Concentration in the reference registry", "Referans kayıtta yoğunlaşma"),
                                   content)
    }

    /// The roster's warnings and those raised while checking.
    func warningsSection() -> HTMLNode {
        guard !verdict.warnings.isEmpty else {
            return ReportParts.section(role: "warnings", heading: words("Warnings", "Uyarılar"),
                                       [.element("p", text: words("None.", "Yok."))])
        }
        return ReportParts.section(role: "warnings", heading: words("Warnings", "Uyarılar"), [
            .element("ul", ["data-list": "warnings"], verdict.warnings.map { warning in
                .element("li", ["data-member": warning.memberID], text: warning.text(turkish: language == .turkish))
            }),
        ])
    }
}
