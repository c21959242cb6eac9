import Foundation
import KumeData

extension VerdictReport {
    /// The verdict as a Markdown report an evaluator can attach: a heading with the verdict, a table of
    /// checks, the main activity, the economic geography, the reference registry's LQ and Kd (with
    /// `--reference`), a members table and the warnings.
    ///
    /// - Parameters:
    ///   - verdict: The verdict to render.
    ///   - language: English (default) or Turkish.
    /// - Returns: GitHub-flavoured Markdown, ending with a newline.
    public static func markdown(_ verdict: Verdict, language: Language = .english) -> String {
        let turkish = language.isTurkish
        let title = turkish ? verdict.call.titleTR : verdict.call.title
        var out: [String] = []
        out.append(turkish ? "# Uygunluk raporu: \(cell(title))" : "# Eligibility report: \(cell(title))")
        out.append("")
        out.append("**\(verdictWord(verdict.eligible, language))**\(cell(robustnessPhrase(verdict, language))) · "
                   + (turkish ? "çağrı" : "call") + " `\(verdict.call.id)` · "
                   + (turkish ? "üye listesi" : "roster") + " `\(verdict.rosterSource)`")
        out.append("")
        out.append(turkish ? "## Denetimler" : "## Checks")
        out.append("")
        out.append(turkish ? "| Denetim | Sonuç | Açıklama |" : "| Check | Status | Details |")
        out.append("|---|---|---|")
        for check in verdict.checks {
            let robustness = robustnessLine(check, language).map { "<br>" + cell($0) } ?? ""
            out.append("| \(label(check.id, language)) (`\(check.id.rawValue)`) | \(statusWord(check.status, language)) | "
                       + "\(cell(check.message(turkish: turkish)))\(robustness) |")
        }
        out.append("")
        out.append((turkish ? "**Koordinatör kuruluş:** " : "**Coordinating body:** ") + cell(coordinatorPhrase(verdict, language)))
        out.append("")
        out.append((turkish ? "**Ana faaliyet alanı:** " : "**Main activity:** ")
                   + cell(mainActivityPhrase(verdict.mainActivity, language, members: verdict.members)))
        out.append("")
        out.append(turkish ? "## Küme ekonomik coğrafyası" : "## Economic geography")
        out.append("")
        if let geography = verdict.geography {
            let parameters = geography.parameters.map { "\($0.name) = \(parameterText($0.value, language))" }
            let area = NumberText.decimal(.init(geography.areaKm2), digits: 2, turkish: turkish, group: true)
            out.append((turkish ? "- Yöntem: " : "- Method: ") + "`\(geography.method)`"
                       + (parameters.isEmpty ? "" : " (\(cell(parameters.joined(separator: ", "))))"))
            out.append((turkish ? "- Alan: " : "- Area: ") + "\(area) km²")
            out.append((turkish ? "- İller: " : "- Provinces: ") + cell(geography.provinces.isEmpty ? "–" : geography.provinces.joined(separator: ", ")))
            out.append((turkish ? "- İlçeler: " : "- Districts: ") + cell(geography.districts.isEmpty ? "–" : geography.districts.joined(separator: ", ")))
            out += provinceTable(geography, language)
        } else {
            out.append(turkish ? "Coğrafya oluşturulamadı." : "No geography was built.")
        }
        if let declared = verdict.declaredGeography {
            let lines = declaredLines(declared, language)
            out += ["", turkish ? "## Beyan edilen coğrafya" : "## Declared geography", ""]
            out += lines.map { "- " + cell($0.trimmingCharacters(in: .whitespaces)) }
        }
        if let reference = verdict.reference { out += referenceSection(reference, language) }
        out.append("")
        out.append(turkish ? "## Üyeler" : "## Members")
        out.append("")
        let placeSource = cell(placeSourcePhrase(verdict, language))
        out.append(TurkishText.uppercased(placeSource.prefix(1)) + placeSource.dropFirst() + ".")
        out.append("")
        out.append(turkish ? "| Kimlik | Ad | Tür | NACE | Taahhüt | İl ve ilçe | Konum | Aykırı |"
                           : "| ID | Name | Type | NACE | Committed | Province and district | Placement | Outlier |")
        out.append("|---|---|---|---|---|---|---|---|")
        for member in verdict.members {
            let committed: String = switch member.committed {
            case true?: turkish ? "evet" : "yes"
            case false?: turkish ? "hayır" : "no"
            case nil: "–"
            }
            let outlier = member.outlier ? (turkish ? "evet" : "yes") : ""
            out.append("| \(cell(member.id)) | \(cell(member.name)) | \(turkish ? MemberTypeVocabulary.name(of: member.type, turkish: true) : member.type.rawValue) | \(member.nace?.code ?? "–") | "
                       + "\(committed) | \(cell(placeText(member, language))) | \(placementText(member, language)) | \(outlier) |")
        }
        let notes = (verdict.geography?.notes ?? []).map { $0.text(turkish: turkish) }
            + [boundariesNote(verdict.geography, language)].compactMap { $0 }
        if !verdict.warnings.isEmpty || !notes.isEmpty {
            out.append("")
            out.append(turkish ? "## Uyarılar" : "## Warnings")
            out.append("")
            for note in notes { out.append("- " + cell(note)) }
            for warning in verdict.warnings { out.append("- " + cell(warning.text(turkish: turkish))) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The reference registry's section: its firms inside, the main activity's LQ and Kd.
    static func referenceSection(_ reference: ReferenceConcentration, _ language: Language) -> [String] {
        let turkish = language.isTurkish
        let lq = reference.locationQuotient.map { NumberText.decimal(Decimal($0), digits: 2, turkish: turkish, group: false) } ?? "–"
        var out = ["", turkish ? "## Referans kayıt" : "## Reference registry", ""]
        out.append((turkish ? "- Kayıt: " : "- Registry: ") + "`\(reference.source)`")
        out.append(turkish
            ? "- Coğrafyadaki firmalar: \(reference.firmsInside), ana faaliyette \(reference.mainActivityFirmsInside) "
                + "(kayıtta \(reference.firms) firmanın \(reference.mainActivityFirms) tanesi)"
            : "- Firms inside the geography: \(reference.firmsInside), \(reference.mainActivityFirmsInside) of them in the main "
                + "activity (\(reference.mainActivityFirms) of the registry's \(reference.firms))")
        out.append((turkish ? "- Yığınlaşma katsayısı (LQ): " : "- Location quotient: ") + lq)
        if let kd = reference.kd { out.append("- " + cell(kdSentence(kd, language))) }
        return out
    }

    /// The province table: area share, firms, firm share, whether it counts for the chamber rule.
    static func provinceTable(_ geography: GeographyFacts, _ language: Language) -> [String] {
        let turkish = language.isTurkish
        guard !geography.provinceShares.isEmpty else { return [] }
        let share = NumberText.percent(Decimal(geography.minimumShare * 100), turkish: turkish)
        var out = ["", turkish ? "Oda kuralı, firmaların en az \(share) payını tutan illeri sayar:"
                              : "The chamber rule counts the provinces holding at least \(share) of the firms:", ""]
        out.append(turkish ? "| İl | Alan payı | Firma | Firma payı | Oda kuralı | Sanayi odası |"
                           : "| Province | Area share | Firms | Firm share | Chamber rule | Chamber of industry |")
        out.append("|---|---:|---:|---:|---|---|")
        for row in geography.provinceShares {
            let counts = row.counts ? (turkish ? "sayılır" : "counts") : (turkish ? "sayılmaz" : "does not count")
            out.append("| \(cell(row.province)) | \(row.areaShare.map { percentText($0, turkish) } ?? "–") | \(row.firms) | "
                       + "\(percentText(row.firmShare, turkish)) | \(counts) | \(cell(row.chamberOfIndustry ?? "–")) |")
        }
        return out
    }

    /// Text made safe for a Markdown table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
