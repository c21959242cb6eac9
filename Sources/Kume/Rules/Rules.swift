import KumeData

/// The call's rules as checks over a roster and its economic geography: the engine of `kume check`.
///
/// Each check returns `pass`, `fail`, `unknown` (its input was given but does not settle the rule) or
/// `skipped` (its input was not given). The application is eligible when no check failed and none is
/// unknown; `skipped` checks do not count against it.
package enum Rules {
    /// Runs every check and assembles the verdict.
    ///
    /// - Parameter input: The roster, the geography's facts, the call and the options.
    /// - Returns: The verdict, with the checks in the order of ``CheckID/allCases``.
    package static func evaluate(_ input: CheckInput) -> Verdict {
        var warnings = input.roster.warnings
        let activity = mainActivity(for: input)
        if !activity.tiedDivisions.isEmpty, let chosen = activity.codes.first {
            warnings.append(InputWarning(message:
                "main activity inferred: divisions \(activity.tiedDivisions.joined(separator: ", ")) tie for the most "
                + "committed firms; the lowest code, \(chosen), was taken — give the main activity to choose",
                messageTR: "ana faaliyet alanı çıkarıldı: \(activity.tiedDivisions.joined(separator: ", ")) bölümlerinde taahhüt "
                + "veren firma sayısı eşit; en küçük kod, \(chosen), seçildi — seçmek için ana faaliyeti verin"))
        }
        var chamberResult = chamber(input)
        var universityResult = university(input)
        if let grid = input.robustnessGrid {
            chamberResult.robustness = robustness(.chamber, input: input, grid: grid)
            universityResult.robustness = robustness(.university, input: input, grid: grid)
        }
        var declaredFit: DeclaredFit?
        if let declaredGeography = input.declaredGeography {
            let (fit, declaredChecks) = declared(
                input, declared: declaredGeography, activity: activity, computed: [chamberResult, universityResult])
            declaredFit = fit
            (chamberResult, universityResult) = (declaredChecks[0], declaredChecks[1])
        }
        var checks = [
            memberTypes(input),
            chamberResult,
            universityResult,
            committedFirms(input, activity: activity),
        ]
        let (budgetResult, budgetWarnings) = budget(input)
        checks.append(budgetResult)
        warnings.append(contentsOf: budgetWarnings)
        checks.append(deadline(input))

        let members = input.roster.members.map { member in
            let placement = input.geography?.placement(of: member.id)
            return Verdict.MemberOutcome(
                id: member.id, name: member.name, type: member.type, nace: member.nace, committed: member.committed,
                inside: placement?.inside, distanceKm: placement?.distanceKm, outlier: placement?.outlier ?? false,
                role: member.role, accredited: member.accredited, active: member.isActive,
                taxNumber: member.taxNumber?.digits)
        }
        warnings += coordinatorWarnings(input.roster.members)
        return Verdict(
            declaredGeography: declaredFit, call: input.call, rosterSource: input.roster.source, checks: checks,
            mainActivity: activity, geography: input.geography, members: members, warnings: warnings)
    }

    /// A warning when the roster names no coordinating body (`role` coordinator), or more than one.
    static func coordinatorWarnings(_ members: [Member]) -> [InputWarning] {
        let coordinators = members.filter(\.isCoordinator)
        if coordinators.isEmpty {
            return [InputWarning(
                message: "the roster names no coordinating body: give the cluster's coordinating legal entity the role coordinator (koordinatör)",
                messageTR: "üye listesinde koordinatör kuruluş yok: kümenin koordinatör tüzel kişiliğinin rolünü koordinatör (coordinator) yazın")]
        }
        guard coordinators.count > 1 else { return [] }
        let names = coordinators.map(RulesText.member)
        return [InputWarning(
            message: "the roster names \(coordinators.count) coordinating bodies (\(RulesText.list(names, turkish: false))): a cluster has one",
            messageTR: "üye listesinde \(coordinators.count) koordinatör kuruluş var (\(RulesText.list(names, turkish: true))): bir kümenin tek koordinatörü olur")]
    }

    /// The declared main activity, or the one inferred from the committed firms.
    static func mainActivity(for input: CheckInput) -> MainActivity {
        if let declared = input.mainActivity, !declared.isEmpty {
            return MainActivity(codes: declared, source: .declared)
        }
        return MainActivity.inferred(from: input.roster.members)
    }

    /// Every member's type must be one the call accepts; `other` never is.
    static func memberTypes(_ input: CheckInput) -> CheckResult {
        let members = input.roster.members
        guard !members.isEmpty else {
            return CheckResult(id: .memberTypes, status: .unknown,
                               message: "The roster has no members.", messageTR: "Üye listesinde hiç üye yok.")
        }
        let refused = members.filter { !input.call.accepts($0.type) }
        if refused.isEmpty {
            return CheckResult(
                id: .memberTypes, status: .pass,
                message: "All \(members.count) members have types the call accepts.",
                messageTR: "\(members.count) üyenin tümünün türü çağrıya uygun.",
                evidence: [Evidence("members_checked", .integer(members.count))])
        }
        func named(_ member: Member, turkish: Bool) -> String {
            var text = "\(RulesText.member(member)): "
                + (turkish ? MemberTypeVocabulary.name(of: member.type, turkish: true) : member.type.rawValue)
            if let reason = input.call.refusedMemberTypeReasons[member.type] {
                text += " (\(turkish ? reason.tr : reason.en))"
            } else if member.type == .other {
                text += turkish ? " (diğer türündeki üyeler hiçbir çağrıda ortak olamaz)" : " (members of type other are never eligible)"
            }
            return text
        }
        return CheckResult(
            id: .memberTypes, status: .fail,
            message: "\(refused.count) of \(members.count) members have a type the call does not accept: "
                + "\(RulesText.shortList(refused.map { named($0, turkish: false) }, turkish: false)).",
            messageTR: "\(members.count) üyeden \(refused.count) tanesinin türü çağrıya uygun değil: "
                + "\(RulesText.shortList(refused.map { named($0, turkish: true) }, turkish: true)).",
            evidence: [
                Evidence("members_checked", .integer(members.count)),
                Evidence("refused", .list(refused.map { member in
                    .record([Evidence("id", .text(member.id)), Evidence("name", .text(member.name)),
                             Evidence("type", .text(member.type.rawValue)),
                             Evidence("reason", input.call.refusedMemberTypeReasons[member.type].map { .text($0.en) } ?? .null)])
                })),
            ])
    }

    /// The application date must fall within the call's window: on or after its opening day (when the call
    /// file gives one) and on or before its deadline.
    static func deadline(_ input: CheckInput) -> CheckResult {
        guard let applied = input.appliedOn else {
            return CheckResult(id: .deadline, status: .skipped,
                               message: "No application date was given.",
                               messageTR: "Başvuru tarihi verilmedi.")
        }
        let opens = input.call.opens
        var evidence = [Evidence("applied_on", .date(applied)), Evidence("opens", opens.map { .date($0) } ?? .null)]
        if let opens, applied < opens {
            let early = opens.daysSinceEpoch - applied.daysSinceEpoch
            return CheckResult(
                id: .deadline, status: .fail,
                message: "Applied on \(applied), \(early) day\(early == 1 ? "" : "s") before the call opened on \(opens).",
                messageTR: "Başvuru \(applied) tarihinde, çağrının açıldığı \(opens) tarihinden \(early) gün önce yapılmış.",
                evidence: evidence + [Evidence("deadline", input.call.deadline.map { .date($0) } ?? .null),
                                      Evidence("days_early", .integer(early))])
        }
        guard let deadline = input.call.deadline else {
            return CheckResult(
                id: .deadline, status: .unknown,
                message: "The call file for \(input.call.id) has no deadline, so the application date \(applied) "
                    + "cannot be checked; add \"deadline\": \"YYYY-MM-DD\" to the call file.",
                messageTR: "\(input.call.id) çağrı dosyasında son başvuru tarihi yok; \(applied) başvuru tarihi "
                    + "denetlenemedi. Çağrı dosyasına \"deadline\": \"YYYY-MM-DD\" ekleyin.",
                evidence: evidence + [Evidence("deadline", .null)])
        }
        evidence.append(Evidence("deadline", .date(deadline)))
        if applied <= deadline {
            let window = opens.map { "within the call's window \($0) to \(deadline)" } ?? "on or before the deadline \(deadline)"
            let windowTR = opens.map { "çağrının \($0) – \(deadline) başvuru döneminde" }
                ?? "son başvuru tarihi \(deadline) veya öncesinde"
            return CheckResult(
                id: .deadline, status: .pass,
                message: "Applied on \(applied), \(window).",
                messageTR: "Başvuru \(applied) tarihinde, \(windowTR) yapılmış.",
                evidence: evidence)
        }
        let late = applied.daysSinceEpoch - deadline.daysSinceEpoch
        return CheckResult(
            id: .deadline, status: .fail,
            message: "Applied on \(applied), \(late) day\(late == 1 ? "" : "s") after the deadline \(deadline).",
            messageTR: "Başvuru \(applied) tarihinde, son başvuru tarihi \(deadline) sonrasında (\(late) gün geç) yapılmış.",
            evidence: evidence + [Evidence("days_late", .integer(late))])
    }
}
