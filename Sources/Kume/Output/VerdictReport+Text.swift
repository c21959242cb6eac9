import Foundation
import KumeData

extension VerdictReport {
    /// The verdict as a person reads it in a terminal: the verdict first (`ELIGIBLE` / `NOT ELIGIBLE`, or
    /// `UYGUN` / `UYGUN DEĞİL`), then one line per check with its status and evidence, then the main
    /// activity, the geography, the reference registry's LQ and Kd (with `--reference`), the members (each with its
    /// located province and district and its placement) and the warnings.
    ///
    /// - Parameters:
    ///   - verdict: The verdict to render.
    ///   - language: English (default) or Turkish labels and messages.
    /// - Returns: Lines separated by `\n`, ending with a newline.
    public static func text(_ verdict: Verdict, language: Language = .english) -> String {
        let turkish = language.isTurkish
        let title = turkish ? verdict.call.titleTR : verdict.call.title
        var lines = ["\(verdictWord(verdict.eligible, language)) — \(turkish ? "çağrı" : "call") \(verdict.call.id): \(title)"
                     + robustnessPhrase(verdict, language), ""]
        let labelWidth = CheckID.allCases.map { label($0, language).count }.max() ?? 0
        let statusWidth = CheckStatus.allCases.map { statusWord($0, language).count }.max() ?? 0
        for check in verdict.checks {
            let status = statusWord(check.status, language)
            let name = label(check.id, language)
            lines.append("  " + status + String(repeating: " ", count: statusWidth - status.count + 2)
                         + name + String(repeating: " ", count: labelWidth - name.count + 2)
                         + check.message(turkish: turkish))
            if let robustness = robustnessLine(check, language) {
                lines.append(String(repeating: " ", count: statusWidth + labelWidth + 6) + robustness)
            }
        }
        lines.append("")
        lines.append((turkish ? "Koordinatör kuruluş: " : "Coordinating body: ") + coordinatorPhrase(verdict, language))
        lines.append((turkish ? "Ana faaliyet alanı: " : "Main activity: ") + mainActivityPhrase(verdict.mainActivity, language, members: verdict.members))
        if let geography = verdict.geography {
            lines.append((turkish ? "Küme ekonomik coğrafyası: " : "Economic geography: ") + geographyPhrase(geography, language))
            lines += provinceLines(geography, language)
        } else {
            lines.append(turkish ? "Küme ekonomik coğrafyası: oluşturulamadı" : "Economic geography: none was built")
        }
        if let declared = verdict.declaredGeography { lines += declaredLines(declared, language) }
        if let reference = verdict.reference {
            let lq = reference.locationQuotient.map { NumberText.decimal(Decimal($0), digits: 2, turkish: turkish, group: false) } ?? "–"
            lines.append(turkish
                ? "Referans kayıt (\(reference.source)): coğrafyadaki \(reference.firmsInside) firmanın \(reference.mainActivityFirmsInside) tanesi ana faaliyette; yığınlaşma katsayısı (LQ) \(lq)"
                : "Reference registry (\(reference.source)): \(reference.mainActivityFirmsInside) of the \(reference.firmsInside) firms inside the geography are in the main activity; location quotient \(lq)")
            if let kd = reference.kd { lines.append(kdSentence(kd, language)) }
        }
        let members = memberLines(verdict, language)
        if !members.isEmpty { lines += [""] + members }
        let notes = (verdict.geography?.notes ?? []).map { $0.text(turkish: turkish) }
            + [boundariesNote(verdict.geography, language)].compactMap { $0 }
        if !verdict.warnings.isEmpty || !notes.isEmpty {
            lines.append("")
            lines.append(turkish ? "Uyarılar:" : "Warnings:")
            for note in notes { lines.append("  - " + note) }
            for warning in verdict.warnings {
                lines.append("  - " + warning.text(turkish: turkish))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
