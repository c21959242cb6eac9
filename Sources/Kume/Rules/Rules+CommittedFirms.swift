import KumeData
import KumeGeography

extension Rules {
    /// Committed firms (`committed == true`) whose NACE code lies in the main activity must reach the call's
    /// minimum.
    ///
    /// A firm whose `committed` is not stated counts as not committed and is listed in the evidence; when
    /// no firm states it at all (the roster has no committed column), the check is `unknown`.
    static func committedFirms(_ input: CheckInput, activity: MainActivity) -> CheckResult {
        let firms = input.roster.firms
        let required = input.call.minimumCommittedFirms
        let notStated = firms.filter { $0.committed == nil }
        if !firms.isEmpty && notStated.count == firms.count {
            return CheckResult(
                id: .committedFirms, status: .unknown,
                message: "The roster does not say which firms committed (no firm has a committed value); "
                    + "add a committed column (yes/no) — the call requires \(required) committed firms.",
                messageTR: "Üye listesi hangi firmaların taahhüt verdiğini belirtmiyor (hiçbir firmada taahhüt değeri yok); "
                    + "taahhüt sütunu (evet/hayır) ekleyin — çağrı \(required) taahhüt veren firma istiyor.",
                evidence: [Evidence("required", .integer(required)), Evidence("firms", .integer(firms.count))])
        }
        let committed = firms.filter { $0.committed == true }
        let withoutNace = committed.filter { $0.nace == nil }
        let counted = committed.filter { firm in firm.nace.map(activity.contains) ?? false }
        let outside = committed.count - withoutNace.count - counted.count
        let codes = activity.codes.map(\.code)
        let codesEN = RulesText.list(codes, turkish: false)
        let codesTR = RulesText.list(codes, turkish: true)

        var describedEN: String
        var describedTR: String
        switch activity.source {
        case .declared:
            describedEN = "the declared main activity \(codesEN)"
            describedTR = "beyan edilen ana faaliyet alanı \(codesTR)"
        case .inferred:
            let top = activity.divisionCounts.first?.firms ?? 0
            describedEN = "the main activity \(codesEN), inferred as the most common NACE division among committed "
                + "firms (\(top) firms)"
            describedTR = "taahhüt veren firmalar arasında en sık görülen NACE bölümü olarak belirlenen ana faaliyet "
                + "alanı \(codesTR) (\(top) firma)"
            let tied = activity.tiedDivisions
            if !tied.isEmpty {
                describedEN += "; divisions \(RulesText.list(tied, turkish: false)) tie, the lowest code was taken"
                describedTR += "; \(RulesText.list(tied, turkish: true)) bölümleri eşit, en küçük kod seçildi"
            }
        case .undetermined where firms.isEmpty:
            describedEN = "no main activity (the roster lists no firm, so none could be inferred)"
            describedTR = "ana faaliyet alanı belirlenemedi (üye listesinde hiç firma yok)"
        case .undetermined where committed.isEmpty:
            describedEN = "no main activity (no firm has committed, so none could be inferred)"
            describedTR = "ana faaliyet alanı belirlenemedi (taahhüt veren firma yok)"
        case .undetermined:
            describedEN = "no main activity (no committed firm has a NACE code, so none could be inferred)"
            describedTR = "ana faaliyet alanı belirlenemedi (taahhüt veren hiçbir firmanın NACE kodu yok)"
        }
        var detailsEN: [String] = []
        var detailsTR: [String] = []
        if outside > 0 {
            detailsEN.append("\(outside) committed firm\(outside == 1 ? "" : "s") outside the main activity")
            detailsTR.append("ana faaliyet alanı dışında \(outside) taahhüt veren firma")
        }
        if !withoutNace.isEmpty {
            detailsEN.append("\(withoutNace.count) committed without a NACE code")
            detailsTR.append("NACE kodu olmayan \(withoutNace.count) taahhüt veren firma")
        }
        if !notStated.isEmpty {
            detailsEN.append("\(notStated.count) whose commitment is not stated, counted as not committed")
            detailsTR.append("taahhüdü belirtilmemiş \(notStated.count) firma (taahhüt vermemiş sayıldı)")
        }
        let tailEN = detailsEN.isEmpty ? "" : " (\(detailsEN.joined(separator: "; ")))"
        let tailTR = detailsTR.isEmpty ? "" : " (\(detailsTR.joined(separator: "; ")))"
        let status: CheckStatus = counted.count >= required ? .pass : .fail
        let shortBy = required - counted.count
        let place = CountedPlacement(counted: counted, geography: input.geography)
        let message = "\(counted.count) committed firm\(counted.count == 1 ? "" : "s") in \(describedEN) — the call "
            + "requires at least \(required)" + (status == .pass ? "" : " (\(shortBy) short)") + "\(tailEN)."
            + place.sentence(turkish: false)
        let messageTR = "\(describedTR.prefix(1).uppercased() + describedTR.dropFirst()) içinde \(counted.count) taahhüt "
            + "veren firma var — çağrı en az \(required) istiyor"
            + (status == .pass ? "" : " (\(shortBy) eksik)") + "\(tailTR)." + place.sentence(turkish: true)
        var evidence = [
            Evidence("counted", .integer(counted.count)),
            Evidence("required", .integer(required)),
            Evidence("main_activity", .texts(codes)),
            Evidence("main_activity_source", .text(activity.source.rawValue)),
            Evidence("counted_firms", .texts(counted.map(\.id))),
            Evidence("committed_outside_main_activity", .integer(outside)),
            Evidence("committed_without_nace", .texts(withoutNace.map(\.id))),
            Evidence("commitment_not_stated", .texts(notStated.map(\.id))),
        ] + place.evidence
        // Calls with priority sectors (2023: NACE 20, 21, 32.50, 26–30) give extra evaluation points; say
        // whether the main activity lies in one. Not an eligibility rule.
        if !input.call.priorityNace.isEmpty {
            let priority = !activity.codes.isEmpty && activity.codes.allSatisfy(input.call.isPriority)
            evidence.append(Evidence("main_activity_in_priority_sectors", .flag(priority)))
        }
        return CheckResult(id: .committedFirms, status: status, message: message, messageTR: messageTR, evidence: evidence)
    }
}

/// Where the counted committed firms lie relative to the geography: how many are inside, and which are named
/// outliers or lie outside. The call does not require them inside, so this is evidence, never a failure.
struct CountedPlacement {
    /// Counted firms inside the geography.
    var inside: [Member] = []
    /// Counted firms the outlier rule named (inside or not).
    var outliers: [Member] = []
    /// Counted firms outside the geography that are not outliers.
    var outside: [Member] = []
    /// Counted firms without a point.
    var unplaced: [Member] = []
    /// Distances by id, for the evidence.
    var distances: [String: Double] = [:]
    /// Whether a geography was built.
    let hasGeography: Bool
    /// The counted firms.
    let total: Int

    init(counted: [Member], geography: GeographyFacts?) {
        hasGeography = geography != nil
        total = counted.count
        guard let geography else { return }
        for firm in counted {
            let placement = geography.placement(of: firm.id)
            if let distance = placement.distanceKm { distances[firm.id] = distance }
            if placement.outlier { outliers.append(firm) }
            switch placement.inside {
            case true?: inside.append(firm)
            case false?: if !placement.outlier { outside.append(firm) }
            case nil: unplaced.append(firm)
            }
        }
    }

    private func named(_ firms: [Member], turkish: Bool) -> String {
        RulesText.shortList(firms.map { firm in
            let distance = distances[firm.id].flatMap { $0 > 0 ? NumberText.kilometres($0, turkish: turkish) : nil }
            return RulesText.member(firm) + (distance.map { turkish ? ", \($0) dışarıda" : ", \($0) outside" } ?? "")
        }, limit: 8, turkish: turkish)
    }

    /// ` 36 of them are inside the economic geography; outliers: …; outside: ….` (empty without a geography).
    func sentence(turkish: Bool) -> String {
        guard hasGeography else { return "" }
        var parts: [String] = []
        if turkish {
            parts.append(" Sayılan \(total) firmanın \(inside.count) tanesi küme ekonomik coğrafyasının içinde")
            if !outliers.isEmpty { parts.append("aykırı (outlier) sayılanlar: \(named(outliers, turkish: true))") }
            if !outside.isEmpty { parts.append("dışarıda: \(named(outside, turkish: true))") }
            if !unplaced.isEmpty { parts.append("konumu olmayanlar: \(named(unplaced, turkish: true))") }
            return parts.joined(separator: "; ") + " (çağrı bunların içeride olmasını şart koşmuyor)."
        }
        parts.append(inside.count == total && total > 1 ? " All \(total) counted firms are inside the economic geography"
            : " \(inside.count) of the \(total) counted firms are inside the economic geography")
        if !outliers.isEmpty { parts.append("outliers: \(named(outliers, turkish: false))") }
        if !outside.isEmpty { parts.append("outside: \(named(outside, turkish: false))") }
        if !unplaced.isEmpty { parts.append("without a point: \(named(unplaced, turkish: false))") }
        return parts.joined(separator: "; ") + " (the call does not require them inside)."
    }

    /// `counted_inside`, `counted_outliers`, `counted_outside` (ids), or nothing without a geography.
    var evidence: [Evidence] {
        guard hasGeography else { return [] }
        return [
            Evidence("counted_inside", .integer(inside.count)),
            Evidence("counted_outliers", .texts(outliers.map(\.id))),
            Evidence("counted_outside", .texts(outside.map(\.id))),
        ]
    }
}
