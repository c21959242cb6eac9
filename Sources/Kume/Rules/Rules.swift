import KumeData

/// The call's rules as checks over a roster and its economic geography: the engine of `kume check`.
///
/// Each check returns `pass`, `fail`, `unknown` (its input was given but does not settle the rule) or
/// `skipped` (its input was not given). The application is eligible when no check failed and none is
/// unknown; `skipped` checks do not count against it.
public enum Rules {
    /// Runs every check and assembles the verdict.
    ///
    /// - Parameter input: The roster, the geography's facts, the call and the options.
    /// - Returns: The verdict, with the checks in the order of ``CheckID/allCases``.
    public static func evaluate(_ input: CheckInput) -> Verdict {
        var warnings = input.roster.warnings
        let activity = mainActivity(for: input)
        if !activity.tiedDivisions.isEmpty, let chosen = activity.codes.first {
            warnings.append(InputWarning(message:
                "main activity inferred: divisions \(activity.tiedDivisions.joined(separator: ", ")) tie for the most "
                + "committed firms; the lowest code, \(chosen), was taken — give --main-activity to choose"))
        }
        var chamberResult = chamber(input)
        var universityResult = university(input)
        if let grid = input.robustnessGrid {
            chamberResult.robustness = robustness(.chamber, input: input, grid: grid)
            universityResult.robustness = robustness(.university, input: input, grid: grid)
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
                inside: placement?.inside, distanceKm: placement?.distanceKm, outlier: placement?.outlier ?? false)
        }
        let eligible = checks.allSatisfy { $0.status == .pass || $0.status == .skipped }
        return Verdict(eligible: eligible, call: input.call, rosterSource: input.roster.source, checks: checks, mainActivity: activity,
                       geography: input.geography, members: members, warnings: warnings)
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
        let named = refused.map { "\(RulesText.member($0)): \($0.type.rawValue)" }
        return CheckResult(
            id: .memberTypes, status: .fail,
            message: "\(refused.count) of \(members.count) members have a type the call does not accept: "
                + "\(RulesText.shortList(named, turkish: false)).",
            messageTR: "\(members.count) üyeden \(refused.count) tanesinin türü çağrıya uygun değil: "
                + "\(RulesText.shortList(named, turkish: true)).",
            evidence: [
                Evidence("members_checked", .integer(members.count)),
                Evidence("refused", .list(refused.map { member in
                    .record([Evidence("id", .text(member.id)), Evidence("name", .text(member.name)),
                             Evidence("type", .text(member.type.rawValue))])
                })),
            ])
    }

    /// The application date must be on or before the call's deadline.
    static func deadline(_ input: CheckInput) -> CheckResult {
        guard let applied = input.appliedOn else {
            return CheckResult(id: .deadline, status: .skipped,
                               message: "No application date was given (--applied-on).",
                               messageTR: "Başvuru tarihi verilmedi (--applied-on).")
        }
        guard let deadline = input.call.deadline else {
            return CheckResult(
                id: .deadline, status: .unknown,
                message: "The call file for \(input.call.id) has no deadline, so the application date \(applied) "
                    + "cannot be checked; add \"deadline\": \"YYYY-MM-DD\" to the call file.",
                messageTR: "\(input.call.id) çağrı dosyasında son başvuru tarihi yok; \(applied) başvuru tarihi "
                    + "denetlenemedi. Çağrı dosyasına \"deadline\": \"YYYY-MM-DD\" ekleyin.",
                evidence: [Evidence("applied_on", .date(applied)), Evidence("deadline", .null)])
        }
        let evidence = [Evidence("applied_on", .date(applied)), Evidence("deadline", .date(deadline))]
        if applied <= deadline {
            return CheckResult(
                id: .deadline, status: .pass,
                message: "Applied on \(applied), on or before the deadline \(deadline).",
                messageTR: "Başvuru \(applied) tarihinde, son başvuru tarihi \(deadline) veya öncesinde yapılmış.",
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
